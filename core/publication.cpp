#include "publication.h"

#include <nlohmann/json.hpp>

#include "calendar.h"
#include "source_manifest.h"  // json_error

namespace dateline {

namespace {

using Json = nlohmann::ordered_json;

// The engine's data blocks (cmake/make_page.cmake): each opens so, the first with the number of
// parts.
constexpr std::string_view kDataBlockOpen = "<script type=\"application/octet-stream\"";
constexpr std::string_view kPartsAttribute = "id=\"dateline-wasm\" data-parts=\"";

constexpr std::string_view kBase64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The element's opening tag, exactly as written (and found again when a page is republished).
std::string block_open() { return "<script type=\"application/json\" id=\"" + std::string(kPublicationBlockId) + "\">"; }

// JSON with every '<' as \u003c: '<' occurs in JSON only inside strings, where the escape means
// the same character, and without it the HTML parser could end the element early ("</script")
// or enter its escaped states ("<!--").
std::string inline_safe(const std::string& json) {
    std::string out;
    out.reserve(json.size() + 64);
    for (char c : json) {
        if (c == '<') out += "\\u003c";
        else out += c;
    }
    return out;
}

// The page's first inline script element, "<script>" with no attributes, after the body starts:
// on the offline page the wasm's loader, in front of the engine's data blocks and the engine's
// own script (cmake/make_page.cmake); on a page of the layout before it, the engine's script.
size_t first_inline_script_at(std::string_view page) {
    const size_t body = page.find("<body");
    if (body == std::string_view::npos) return std::string_view::npos;
    return page.find("<script>", body);
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t v = (static_cast<uint8_t>(bytes[i]) << 16) | (static_cast<uint8_t>(bytes[i + 1]) << 8) | static_cast<uint8_t>(bytes[i + 2]);
        for (int shift : {18, 12, 6, 0}) out += kBase64Alphabet[(v >> shift) & 63];
    }
    const size_t left = bytes.size() - i;
    if (left > 0) {
        uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
        if (left == 2) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
        out += kBase64Alphabet[(v >> 18) & 63];
        out += kBase64Alphabet[(v >> 12) & 63];
        out += left == 2 ? kBase64Alphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        uint32_t v = 0;
        int padding = 0;
        for (size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            uint32_t digit = 0;
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                ++padding;
            } else {
                if (padding) return std::nullopt;  // a digit after padding
                const size_t at = kBase64Alphabet.find(c);
                if (at == std::string_view::npos) return std::nullopt;
                digit = static_cast<uint32_t>(at);
            }
            v = (v << 6) | digit;
        }
        out += static_cast<char>((v >> 16) & 0xFF);
        if (padding < 2) out += static_cast<char>((v >> 8) & 0xFF);
        if (padding < 1) out += static_cast<char>(v & 0xFF);
    }
    return out;
}

std::string story_document_json(const Story& story) {
    Json j;
    j["version"] = story.version;
    if (!story.title.empty()) j["title"] = story.title;
    if (!story.description.empty()) j["description"] = story.description;
    if (!story.credit.empty()) j["credit"] = story.credit;
    if (story.view_from && story.view_to) j["view"] = {{"from", to_iso(*story.view_from)}, {"to", to_iso(*story.view_to)}};
    j["lanes"] = {{"by", std::string(to_string(story.lanes.by))}, {"most", story.lanes.most}};
    return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string publication_json(const Publication& p) {
    Json j;
    j["version"] = p.version;
    j["generator"] = p.generator;
    j["bundled"] = p.bundled;
    j["story"] = nullptr;
    if (p.story) {
        Json story = Json::parse(*p.story, nullptr, /*allow_exceptions=*/false);
        if (!story.is_discarded()) j["story"] = std::move(story);
    }
    j["edits"] = p.edits.empty() ? Json(nullptr) : Json::parse(edits_document_json(p.edits));
    j["files"] = Json::array();
    for (const NamedFile& f : p.files) {
        Json file;
        file["name"] = f.name;
        file["base64"] = base64_encode(f.bytes);
        file["full_size"] = f.full_size;
        j["files"].push_back(std::move(file));
    }
    return inline_safe(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::string publication_block(const Publication& publication) {
    return block_open() + publication_json(publication) + "</script>\n";
}

std::optional<Publication> parse_publication(std::string_view json, std::string_view name, Problems& problems) {
    const std::string label(name);
    auto problem = [&](std::string message, Problem::Severity severity) { problems.push_back({label, std::move(message), severity}); };
    const Json doc = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        const std::string why = json_error(json);
        problem("is not valid JSON" + (why.empty() ? std::string() : " (" + why + ")"), Problem::Severity::Skipped);
        return std::nullopt;
    }
    if (!doc.is_object()) {
        problem("is not a JSON object ({\"version\": 1, \"files\": [...]})", Problem::Severity::Skipped);
        return std::nullopt;
    }
    if (!doc.contains("version") || !doc["version"].is_number_integer()) {
        problem("has no whole-number \"version\"", Problem::Severity::Skipped);
        return std::nullopt;
    }
    const int64_t version = doc["version"].get<int64_t>();
    if (version > kPublicationVersion) {
        problem("was written by a newer Dateline (publication version " + std::to_string(version) + "; this page reads version " +
                    std::to_string(kPublicationVersion) + "): open it with a newer Dateline, or publish it again with this one",
                Problem::Severity::Skipped);
        return std::nullopt;
    }
    if (version < 1) {
        problem("has \"version\": " + std::to_string(version) + ", which no Dateline wrote", Problem::Severity::Skipped);
        return std::nullopt;
    }
    Publication p;
    p.version = static_cast<int>(version);
    if (doc.contains("generator") && doc["generator"].is_string()) p.generator = doc["generator"].get<std::string>();
    if (doc.contains("bundled")) {
        if (doc["bundled"].is_boolean()) p.bundled = doc["bundled"].get<bool>();
        else problem("\"bundled\" is not true or false; the bundled articles are left out", Problem::Severity::Note);
    }
    if (doc.contains("story") && !doc["story"].is_null()) {
        if (doc["story"].is_object()) p.story = doc["story"].dump();
        else problem("\"story\" is not a story document (an object); the story's settings are the defaults", Problem::Severity::Note);
    }
    if (doc.contains("edits") && !doc["edits"].is_null())
        p.edits = parse_edits_document(doc["edits"].dump(), label + " (its edits)", problems).edits;
    if (doc.contains("files")) {
        if (!doc["files"].is_array()) {
            problem("\"files\" is not a list; no articles of its own", Problem::Severity::Skipped);
        } else {
            size_t n = 0;
            for (const Json& f : doc["files"]) {
                ++n;
                const std::string entry = "file " + std::to_string(n);
                if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("base64") || !f["base64"].is_string()) {
                    problem(entry + " has no \"name\" and \"base64\" text; skipped", Problem::Severity::Skipped);
                    continue;
                }
                NamedFile file;
                file.name = f["name"].get<std::string>();
                auto bytes = base64_decode(f["base64"].get<std::string>());
                if (!bytes) {
                    problem(entry + " (" + file.name + "): \"base64\" is not base64; skipped", Problem::Severity::Skipped);
                    continue;
                }
                file.bytes = std::move(*bytes);
                if (f.contains("full_size") && f["full_size"].is_number_unsigned()) file.full_size = f["full_size"].get<uint64_t>();
                p.files.push_back(std::move(file));
            }
        }
    }
    return p;
}

std::string why_not_engine_page(std::string_view engine) {
    if (engine.find("Content-Security-Policy") == std::string_view::npos || engine.find("script-src 'sha256-") == std::string_view::npos)
        return "is not Dateline's offline page (no Content-Security-Policy with its script's hash); use dist/dateline-offline.html";
    if (first_inline_script_at(engine) == std::string_view::npos)
        return "is not Dateline's offline page (no inline engine script in its body); use dist/dateline-offline.html";
    // The hosted index.html has the same inline script and CSP, but fetches its wasm from beside
    // it: a page published from it would not open offline.
    if (engine.find("id=\"dateline-wasm\"") == std::string_view::npos)
        return "is not Dateline's offline page (no engine data block, #dateline-wasm: the hosted index.html fetches its "
               "engine); use dist/dateline-offline.html";
    // The engine's data in parts (make_page.cmake): the first block says how many, and a page
    // missing one (cut short, or a part taken out by hand) would publish a page that cannot start.
    if (const size_t at = engine.find(kPartsAttribute); at != std::string_view::npos) {
        size_t parts = 0, digits = at + kPartsAttribute.size();
        for (; digits < engine.size() && engine[digits] >= '0' && engine[digits] <= '9'; ++digits) parts = parts * 10 + (engine[digits] - '0');
        size_t blocks = 0;
        for (size_t b = engine.find(kDataBlockOpen); b != std::string_view::npos; b = engine.find(kDataBlockOpen, b + 1)) ++blocks;
        if (blocks != parts)
            return "is not a whole Dateline offline page (its engine's data is in " + std::to_string(parts) + " parts; the page holds " +
                   std::to_string(blocks) + "); use dist/dateline-offline.html";
    }
    return {};
}

std::string publish_page(std::string_view engine, const Publication& publication) {
    std::string page(engine);
    // A block already there (the engine is itself a published page) goes: the new one replaces it.
    if (const size_t at = page.find(block_open()); at != std::string::npos) {
        size_t end = page.find("</script>", at);
        end = end == std::string::npos ? page.size() : end + 9;
        if (end < page.size() && page[end] == '\n') ++end;
        page.erase(at, end - at);
    }
    const size_t script = first_inline_script_at(page);
    if (script == std::string::npos) return page;  // not an engine (why_not_engine_page says so)
    page.insert(script, publication_block(publication));
    return page;
}

}  // namespace dateline
