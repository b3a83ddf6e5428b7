// The bundled articles as the app's unit tests open them: where most of their fixtures start.
#pragma once

#include <string>

#include "app_model.h"

namespace dateline {

// The bundled articles (assets/articles): the story the page opens with.
inline const std::string kBundledArticles = std::string(DATELINE_SOURCE_DIR) + "/assets/articles";

// Reads the bundled articles into `model` and lays its timeline out 1000 pixels wide at time 0,
// as the page does before its first frame.
inline void open_bundled_story(AppModel& model) {
    model.load_articles(kBundledArticles);
    model.set_view_width(1000);
    model.tick(0);
}

}  // namespace dateline
