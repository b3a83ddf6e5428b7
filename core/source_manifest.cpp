#include "source_manifest.h"

#include <nlohmann/json.hpp>

namespace dateline {

namespace {

// Only web links are offered to readers: anything else (javascript:, file:, data:) is dropped.
bool is_web_link(std::string_view url) {
    return (url.starts_with("https://") && url.size() > 8) || (url.starts_with("http://") && url.size() > 7);
}

// Where and why JSON fails to parse, in words a person editing the file can act on
// ("line 3, column 12: syntax error while parsing object - unexpected '}'"), without exceptions.
struct JsonErrorFinder : nlohmann::json_sax<nlohmann::json> {
    std::string where;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        std::string what = e.what();
        if (const size_t at = what.find("at line "); at != std::string::npos) what = what.substr(at + 3);
        where = what;
        return false;
    }
};

}  // namespace

std::string json_error(std::string_view json) {
    JsonErrorFinder finder;
    nlohmann::json::sax_parse(json.begin(), json.end(), &finder, nlohmann::json::input_format_t::json, true);
    return finder.where;
}

SourceManifest parse_source_manifest(std::string_view json, std::string_view manifest_name, Problems& problems) {
    SourceManifest manifest;
    const std::string name(manifest_name);
    auto problem = [&](std::string where, std::string message, Problem::Severity severity = Problem::Severity::Skipped) {
        problems.push_back({std::move(where), std::move(message), severity});
    };

    const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        const std::string why = json_error(json);
        problem(name, "not valid JSON" + (why.empty() ? std::string() : " (" + why + ")") + "; its editorial facts are ignored");
        return manifest;
    }
    if (!doc.is_object() || !doc.contains("articles") || !doc["articles"].is_array()) {
        problem(name, "has no \"articles\" list; its editorial facts are ignored");
        return manifest;
    }

    const nlohmann::json& entries = doc["articles"];
    for (size_t i = 0; i < entries.size(); ++i) {
        const nlohmann::json& e = entries[i];
        const std::string where = name + " entry " + std::to_string(i + 1);
        if (!e.is_object() || !e.contains("file") || !e["file"].is_string() || e["file"].get_ref<const std::string&>().empty()) {
            problem(where, "has no \"file\" name; entry skipped");
            continue;
        }
        const std::string& file = e["file"].get_ref<const std::string&>();
        if (manifest.by_file.count(file)) {
            problem(where, "repeats \"" + file + "\"; the first entry is kept");
            continue;
        }
        EditorialFacts facts;
        // Each optional field: a string, or null/absent; anything else is reported and ignored.
        auto text_field = [&](const char* key) -> std::optional<std::string> {
            if (!e.contains(key) || e[key].is_null()) return std::nullopt;
            if (!e[key].is_string()) {
                problem(where, std::string("\"") + key + "\" of \"" + file + "\" is not text; ignored", Problem::Severity::Note);
                return std::nullopt;
            }
            return e[key].get<std::string>();
        };
        facts.outlet = text_field("outlet");
        if (facts.outlet && facts.outlet->empty()) facts.outlet.reset();
        facts.url = text_field("url");
        if (facts.url && !is_web_link(*facts.url)) {
            problem(where, "\"url\" of \"" + file + "\" is not an http(s) link; ignored", Problem::Severity::Note);
            facts.url.reset();
        }
        if (auto published = text_field("published")) {
            facts.published = parse_iso_date(*published);
            if (!facts.published)
                problem(where, "\"published\" of \"" + file + "\" is not a real YYYY-MM-DD date (\"" + *published + "\"); ignored",
                        Problem::Severity::Note);
        }
        manifest.by_file.emplace(file, std::move(facts));
    }
    return manifest;
}

}  // namespace dateline
