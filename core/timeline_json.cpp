#include "timeline_json.h"

#include <nlohmann/json.hpp>

namespace dateline {

using Json = nlohmann::ordered_json;

namespace {

template <typename T, typename F>
Json optional_json(const std::optional<T>& value, F to_json) {
    return value ? Json(to_json(*value)) : Json(nullptr);
}

Json article_json(const Article& a) {
    Json j;
    j["id"] = a.id;
    j["file"] = a.file;
    j["title"] = a.title;
    j["outlet"] = optional_json(a.outlet, [](const std::string& s) { return s; });
    j["url"] = optional_json(a.url, [](const std::string& s) { return s; });
    j["published"] = optional_json(a.published, [](const CivilDate& d) { return to_iso(d); });
    j["published_from"] = a.published_from == PublishedFrom::Unknown ? Json(nullptr) : Json(std::string(to_string(a.published_from)));
    j["bytes"] = a.bytes;
    return j;
}

}  // namespace

std::string timeline_document_json(const Timeline& t, bool pretty) {
    Json doc;
    doc["version"] = kTimelineDocumentVersion;
    doc["articles"] = Json::array();
    for (const Article& a : t.articles) doc["articles"].push_back(article_json(a));
    doc["events"] = Json::array();
    // Article text is valid UTF-8 by construction; `replace` keeps a stray byte from aborting.
    return doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
