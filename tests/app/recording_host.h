// RecordingHost: the model's BrowserHost for the app's unit tests. It records every call the
// model makes of the page (the URL hash, the clipboard, links, the file picker, storage, the edit
// form, downloads and publishing), so a test can check what the page was asked to do; its clock
// advances a millisecond at each reading.
#pragma once

#include <string>
#include <vector>

#include "app_model.h"

namespace dateline {

struct RecordingHost : BrowserHost {
    std::vector<std::string> hashes, copied, links, titles;
    std::vector<double> forgotten;
    int pickers = 0;
    double clock = 0;
    std::vector<std::string> stored;     // edits documents kept
    std::vector<std::string> forms;      // "form|label|value" of each edit form opened
    std::vector<std::string> downloads;  // "name|type|content"
    int pages = 0, prints = 0, pictures = 0;
    std::vector<std::string> stories;         // story documents kept
    std::vector<std::string> story_forms;     // the story documents the settings form opened with
    std::vector<std::string> merge_searches;  // the headlines the merge search opened for

    void replace_hash(const std::string& hash) override { hashes.push_back(hash); }
    void copy_text(const std::string& text) override { copied.push_back(text); }
    void open_link(const std::string& url) override { links.push_back(url); }
    void pick_files() override { ++pickers; }
    void forget_added_file(double key) override { forgotten.push_back(key); }
    void set_title(const std::string& title) override { titles.push_back(title); }
    double now_ms() override { return clock += 1; }
    void store_edits(const std::string& document) override { stored.push_back(document); }
    void open_edit_form(const std::string& form, const std::string& label, const std::string& value, const std::string&) override {
        forms.push_back(form + "|" + label + "|" + value);
    }
    void download(const std::string& name, const std::string& type, const std::string& content) override {
        downloads.push_back(name + "|" + type + "|" + content);
    }
    void store_story(const std::string& document) override { stories.push_back(document); }
    void open_story_form(const std::string& document) override { story_forms.push_back(document); }
    void open_merge_search(const std::string& headline) override { merge_searches.push_back(headline); }
    void save_page(bool) override { ++pages; }
    void print_layout() override { ++prints; }
    void save_picture() override { ++pictures; }
};

}  // namespace dateline
