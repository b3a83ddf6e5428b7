#include "palette.h"

#include <algorithm>
#include <cmath>

namespace dateline {

namespace {

double linear(float channel) {
    const double c = channel;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relative_luminance(Colour c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrast_ratio(Colour a, Colour b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour over(Colour top, Colour under) {
    const float a = top.a;
    return {top.r * a + under.r * (1 - a), top.g * a + under.g * (1 - a), top.b * a + under.b * (1 - a), 1};
}

Colour mix(Colour from, Colour to, float t) {
    return {from.r + (to.r - from.r) * t, from.g + (to.g - from.g) * t, from.b + (to.b - from.b) * t, 1};
}

Colour dimmed(Colour colour, Colour background, double least_ratio, float most) {
    // The contrast falls as t grows: the largest t (in steps of 1%) that still keeps the ratio.
    float best = 0;
    for (int step = 1; step <= 100; ++step) {
        const float t = most * static_cast<float>(step) / 100.0f;
        if (contrast_ratio(mix(colour, background, t), background) < least_ratio) break;
        best = t;
    }
    return mix(colour, background, best);
}

Colour readable_on(Colour background) {
    const Colour white{1, 1, 1, 1}, ink{0.11f, 0.11f, 0.12f, 1};
    return contrast_ratio(white, background) >= contrast_ratio(ink, background) ? white : ink;
}

const Palette& palette(bool more_contrast) {
    static const Palette house = {
        /*window*/ {0.96f, 0.95f, 0.93f, 1},
        /*panel*/ {0.994f, 0.9925f, 0.9895f, 1},  // white at 85% over the window, as drawn
        /*stripe*/ {0.969f, 0.9677f, 0.9648f, 1},  // black at 2.5% over the panel, as drawn
        /*text*/ {0.11f, 0.11f, 0.12f, 1},
        /*text_dim*/ {0.36f, 0.36f, 0.38f, 1},
        /*mark*/ {0.62f, 0.20f, 0.08f, 1},
        /*error*/ {0.62f, 0.16f, 0.10f, 1},
        /*marker_least_ratio*/ 3.0,
        /*own_lanes*/
        {{0.70f, 0.26f, 0.16f, 1},   // brick
         {0.16f, 0.40f, 0.58f, 1},   // blue
         {0.20f, 0.46f, 0.26f, 1},   // green
         {0.50f, 0.30f, 0.56f, 1},   // plum
         {0.55f, 0.38f, 0.05f, 1},   // ochre (darker than a pure ochre: its lane name is text, 4.5:1)
         {0.10f, 0.43f, 0.43f, 1}},  // teal
        /*several_lane*/ {0.36f, 0.33f, 0.42f, 1},  // slate
        /*rest_lane*/ {0.38f, 0.38f, 0.36f, 1},     // grey
    };
    static const Palette more = [] {
        Palette p = house;
        p.text = {0, 0, 0, 1};
        p.text_dim = {0.20f, 0.20f, 0.22f, 1};
        p.marker_least_ratio = 4.5;
        for (Colour& c : p.own_lanes) c = mix(c, {0, 0, 0, 1}, 0.25f);
        p.several_lane = mix(p.several_lane, {0, 0, 0, 1}, 0.25f);
        p.rest_lane = mix(p.rest_lane, {0, 0, 0, 1}, 0.25f);
        return p;
    }();
    return more_contrast ? more : house;
}

}  // namespace dateline
