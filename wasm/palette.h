// The app's colours where contrast matters, and the arithmetic that checks them (WCAG 2.1):
// text at least 4.5:1 against what it is drawn on (1.4.3), markers at least 3:1 (1.4.11), the
// dimmed markers after the playhead too. With "more contrast" (prefers-contrast: more) the dim
// colours are darker and dimmed markers keep 4.5:1.
//
// Plain C++ (no ImGui): the views convert these to ImGui colours; tests/app/palette_test.cpp
// measures every pair the views draw.
#pragma once

#include <cstddef>

namespace dateline {

struct Colour {
    float r = 0, g = 0, b = 0, a = 1;  // sRGB, 0..1; a: opacity
};

// WCAG's relative luminance of an opaque colour, and the contrast ratio of two (1 to 21).
double relative_luminance(Colour c);
double contrast_ratio(Colour a, Colour b);
// `top` drawn with its opacity over an opaque `under`.
Colour over(Colour top, Colour under);
// `from` moved towards `to` by t (0: from, 1: to), opaque.
Colour mix(Colour from, Colour to, float t);
// A marker's colour for events after the playhead: as close to the background as it can go
// (at most `most` of the way) while keeping `least_ratio` against it.
Colour dimmed(Colour colour, Colour background, double least_ratio, float most = 0.6f);

struct Palette {
    Colour window;      // the page behind everything
    Colour panel;       // the timeline's and the reading panel's ground (opaque)
    Colour stripe;      // every other lane of the timeline (opaque): the darker ground of markers
    Colour text;        // ink
    Colour text_dim;    // secondary text: dates, counts, axis labels
    Colour mark;        // the time expression in a passage, "the sources disagree"
    Colour error;       // what the app could not do
    double marker_least_ratio;  // dimmed markers against the panel
    static constexpr size_t kOwnLanes = 6;
    Colour own_lanes[kOwnLanes];  // a hue for each country's or actor's lane, in order
    Colour several_lane, rest_lane;  // the shared lanes (several, the rest)
};

// Ink or white, whichever reads better on `background` (a count on a marker).
Colour readable_on(Colour background);

// The house palette, or the one for prefers-contrast: more.
const Palette& palette(bool more_contrast);

}  // namespace dateline
