// Contrast of the colours the app draws with (WCAG 2.1: text 4.5:1, markers 3:1), measured on
// the palette's own values, for the house palette and the "more contrast" one.
#include "palette.h"

#include <gtest/gtest.h>

#include <iterator>
#include <vector>

namespace dateline {
namespace {

TEST(Contrast, MatchesWcagsFormula) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0, 1}, {1, 1, 1, 1}), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio({1, 1, 1, 1}, {1, 1, 1, 1}), 1.0, 1e-9);
    // #777777 on white is the classic 4.48:1 that just fails AA.
    const float g = 0x77 / 255.0f;
    EXPECT_NEAR(contrast_ratio({g, g, g, 1}, {1, 1, 1, 1}), 4.48, 0.01);
    // The old dimmed markers (a lane colour at 32% over the timeline) measured about 1.5:1.
    const Palette& p = palette(false);
    EXPECT_LT(contrast_ratio(over({p.own_lanes[4].r, p.own_lanes[4].g, p.own_lanes[4].b, 0.32f}, p.panel), p.panel), 2.0);
}

TEST(Contrast, DimmedKeepsTheRatioAndStillDims) {
    const Palette& p = palette(false);
    for (const Colour& c : p.own_lanes) {
        const Colour d = dimmed(c, p.panel, 3.0);
        EXPECT_GE(contrast_ratio(d, p.panel), 3.0);
        EXPECT_LT(contrast_ratio(d, p.panel), contrast_ratio(c, p.panel)) << "a dimmed marker is lighter than a full one";
    }
    // A colour that is already faint is left as it is.
    const Colour faint{0.9f, 0.9f, 0.9f, 1};
    EXPECT_NEAR(dimmed(faint, p.panel, 3.0).r, 0.9f, 1e-6);
}

class PaletteContrast : public ::testing::TestWithParam<bool> {};

TEST_P(PaletteContrast, TextIsAtLeastFourAndAHalfToOne) {
    const Palette& p = palette(GetParam());
    const Colour stripe = p.stripe;
    EXPECT_NEAR(over({0, 0, 0, 0.025f}, p.panel).g, stripe.g, 0.002f) << "the stripe as drawn";
    const Colour veil = over({1, 1, 1, 0.8f}, stripe);       // under a lane's name
    for (const Colour ground : {p.window, p.panel, stripe}) {
        EXPECT_GE(contrast_ratio(p.text, ground), 4.5);
        EXPECT_GE(contrast_ratio(p.text_dim, ground), 4.5);
        EXPECT_GE(contrast_ratio(p.mark, ground), 4.5);
        EXPECT_GE(contrast_ratio(p.error, ground), 4.5);
    }
    auto lanes = std::vector<Colour>(std::begin(p.own_lanes), std::end(p.own_lanes));
    lanes.push_back(p.several_lane);
    lanes.push_back(p.rest_lane);
    for (const Colour& c : lanes) {
        EXPECT_GE(contrast_ratio(c, veil), 4.5) << "a lane's name in its colour";
        // A cluster's count on the cluster, full and dimmed.
        EXPECT_GE(contrast_ratio(readable_on(c), c), 4.5);
        const Colour d = dimmed(c, p.stripe, p.marker_least_ratio);
        EXPECT_GE(contrast_ratio(readable_on(d), d), 4.5);
    }
}

TEST_P(PaletteContrast, MarkersDimmedOrNotAreAtLeastThreeToOne) {
    const Palette& p = palette(GetParam());
    const Colour stripe = p.stripe;
    auto lanes = std::vector<Colour>(std::begin(p.own_lanes), std::end(p.own_lanes));
    lanes.push_back(p.several_lane);
    lanes.push_back(p.rest_lane);
    for (const Colour& c : lanes)
        for (const Colour ground : {p.panel, stripe}) {
            EXPECT_GE(contrast_ratio(c, ground), 3.0);
            EXPECT_GE(contrast_ratio(dimmed(c, p.stripe, p.marker_least_ratio), ground), p.marker_least_ratio);
        }
}

TEST(Contrast, MoreContrastIsMore) {
    const Palette& house = palette(false);
    const Palette& more = palette(true);
    EXPECT_GT(contrast_ratio(more.text_dim, more.panel), contrast_ratio(house.text_dim, house.panel));
    EXPECT_GT(more.marker_least_ratio, house.marker_least_ratio);
    for (size_t i = 0; i < Palette::kOwnLanes; ++i)
        EXPECT_GT(contrast_ratio(more.own_lanes[i], more.panel), contrast_ratio(house.own_lanes[i], house.panel));
}

INSTANTIATE_TEST_SUITE_P(HouseAndMore, PaletteContrast, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "MoreContrast" : "House"; });

}  // namespace
}  // namespace dateline
