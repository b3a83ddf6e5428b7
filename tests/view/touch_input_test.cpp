// Touch input for the app's panels (wasm/touch_input.h): drag-to-scroll with momentum, and how a
// frame's pointer events are split so that ImGui reads each tap whole.
#include "touch_input.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dateline {
namespace {

// A finger moved from y0 to y1 in `steps` equal moves over `ms` milliseconds, starting at t0.
void swipe(KineticScroll& k, float y0, float y1, int steps, double ms, double t0 = 0) {
    k.press(100, y0, t0);
    for (int i = 1; i <= steps; ++i) k.move(100, y0 + (y1 - y0) * static_cast<float>(i) / static_cast<float>(steps), t0 + ms * i / steps);
}

TEST(KineticScroll, ATouchThatMovesLessThanTheSlopIsATap) {
    KineticScroll k;
    k.press(100, 300, 0);
    EXPECT_FALSE(k.move(103, 305, 16));
    EXPECT_FALSE(k.dragging());
    k.release(80);
    EXPECT_FALSE(k.gliding());
    EXPECT_EQ(k.advance(0.016), 0.0f) << "a tap scrolls nothing";
}

TEST(KineticScroll, TheTextFollowsTheFingerOncePastTheSlop) {
    KineticScroll k;
    k.press(100, 300, 0);
    EXPECT_FALSE(k.move(100, 296, 10));  // within the slop
    EXPECT_TRUE(k.move(100, 290, 20)) << "the move that starts the drag says so";
    EXPECT_EQ(k.advance(0.016), 0.0f) << "no jump by the slop when the drag starts";
    EXPECT_FALSE(k.move(100, 250, 30));
    EXPECT_FLOAT_EQ(k.advance(0.016), 40.0f) << "finger up 40 px: the scroll grows by 40";
    k.move(100, 270, 40);
    EXPECT_FLOAT_EQ(k.advance(0.016), -20.0f) << "and back down";
    EXPECT_TRUE(k.dragging());
}

TEST(KineticScroll, ASidewaysTouchIsNoScroll) {
    KineticScroll k;
    k.press(100, 300, 0);
    EXPECT_FALSE(k.move(130, 305, 16));
    EXPECT_TRUE(k.sideways());
    EXPECT_FALSE(k.move(130, 200, 32)) << "once sideways, the whole touch stays so";
    EXPECT_EQ(k.advance(0.016), 0.0f);
}

TEST(KineticScroll, AFlickGlidesInTheSameDirectionAndSlowsToAStop) {
    KineticScroll k;
    swipe(k, 500, 300, 10, 100);  // 200 px up in 100 ms: 2000 px/s
    k.advance(0.016);
    k.release(100);
    ASSERT_TRUE(k.gliding());
    EXPECT_NEAR(k.velocity(), 2000.0f, 300.0f);
    float total = 0, previous = 1e9f;
    int frames = 0;
    while (k.gliding() && frames < 1000) {
        const float step = k.advance(1.0 / 60);
        EXPECT_GT(step, 0.0f) << "the text keeps moving up";
        EXPECT_LE(step, previous) << "ever slower";
        previous = step;
        total += step;
        ++frames;
    }
    EXPECT_LT(frames, 300) << "the glide ends within five seconds";
    // Distance of an exponential glide: v0 / friction, less what falls under the stop speed.
    EXPECT_NEAR(total, 2000.0f / 3.5f, 120.0f);
}

TEST(KineticScroll, AFlickDownGlidesDown) {
    KineticScroll k;
    swipe(k, 200, 400, 8, 80);
    k.release(85);
    EXPECT_LT(k.velocity(), 0.0f);
    EXPECT_LT(k.advance(1.0 / 60), 0.0f);
}

TEST(KineticScroll, AFingerThatRestsBeforeLiftingDoesNotGlide) {
    KineticScroll k;
    swipe(k, 500, 300, 10, 100);
    k.release(400);  // lifted 300 ms after the last move
    EXPECT_FALSE(k.gliding());
}

TEST(KineticScroll, ABusyDeviceThatReportsMovesSlowlyStillFlicks) {
    // Moves 200 ms apart (a page busy drawing), lifted 240 ms after the last: no rest.
    KineticScroll k;
    swipe(k, 600, 300, 8, 1600);
    k.release(1600 + 240);
    EXPECT_TRUE(k.gliding());
    EXPECT_NEAR(k.velocity(), 300.0f / 1.6f, 40.0f) << "at the finger's own speed";
    // But a rest longer than twice its gaps is a rest.
    swipe(k, 600, 300, 8, 1600);
    k.release(1600 + 500);
    EXPECT_FALSE(k.gliding());
}

TEST(KineticScroll, OnlyTheLastMovesSetTheSpeed) {
    KineticScroll k;
    swipe(k, 800, 300, 10, 100);   // fast at first...
    for (int i = 1; i <= 10; ++i) k.move(100, 300 - static_cast<float>(i), 100 + 20.0 * i);  // ...then 1 px per 20 ms
    k.release(300);
    EXPECT_LT(std::abs(k.velocity()), 100.0f) << "the slow end of the swipe decides";
}

TEST(KineticScroll, ANewTouchStopsAGlide) {
    KineticScroll k;
    swipe(k, 500, 300, 10, 100);
    k.release(100);
    ASSERT_TRUE(k.gliding());
    k.press(100, 400, 200);
    EXPECT_FALSE(k.gliding());
    EXPECT_EQ(k.advance(0.016), 0.0f);
}

TEST(KineticScroll, TheFastestFlickIsCapped) {
    KineticScroll k;
    k.press(100, 1000, 0);
    k.move(100, 990, 0);
    k.move(100, 0, 0);  // 1000 px in no time (events sharing a millisecond)
    k.release(0);
    EXPECT_LE(k.velocity(), 8000.0f);
    EXPECT_TRUE(std::isfinite(k.velocity()));
}

// --- frame_input_split ---------------------------------------------------------------------------

InputKind move() { return {InputKind::Move, 0}; }
InputKind press(int b = 1) { return {InputKind::Press, b}; }
InputKind release(int b = 1) { return {InputKind::Release, b}; }
InputKind other() { return {InputKind::Other, 0}; }

TEST(FrameInputSplit, ATapInOneFrameIsReadInThree) {
    // A finger's tap: the pointer jumps there, presses and lifts before the next frame.
    std::vector<InputKind> q = {move(), press(), other(), release(), other()};
    size_t frames = 0;
    std::vector<size_t> taken;
    while (!q.empty()) {
        const size_t n = frame_input_split(q);
        ASSERT_GE(n, 1u);
        taken.push_back(n);
        q.erase(q.begin(), q.begin() + static_cast<long>(n));
        ++frames;
    }
    EXPECT_EQ(taken, (std::vector<size_t>{1, 2, 2})) << "arrive; press (and the finger); release";
}

TEST(FrameInputSplit, MovesWithoutButtonsStayInOneFrame) {
    EXPECT_EQ(frame_input_split({move(), move(), other(), move()}), 4u);
}

TEST(FrameInputSplit, APressWhereThePointerAlreadyIsIsReadAtOnce) {
    EXPECT_EQ(frame_input_split({press(), other()}), 2u);
}

TEST(FrameInputSplit, AReleaseAndANewPressWaitForTheirOwnFrames) {
    EXPECT_EQ(frame_input_split({release(), press()}), 1u);
    EXPECT_EQ(frame_input_split({press(), release()}), 1u);
}

TEST(FrameInputSplit, ADragReadsItsPressBeforeItsMoves) {
    EXPECT_EQ(frame_input_split({press(), move(), move()}), 1u);
    EXPECT_EQ(frame_input_split({move(), move(), release()}), 3u) << "moves then the release: one frame";
}

TEST(FrameInputSplit, DifferentButtonsDoNotWaitForEachOther) {
    EXPECT_EQ(frame_input_split({press(1), press(3)}), 2u);
}

TEST(FrameInputSplit, AlwaysTakesSomething) {
    EXPECT_EQ(frame_input_split({}), 0u);
    EXPECT_EQ(frame_input_split({press()}), 1u);
}

}  // namespace
}  // namespace dateline
