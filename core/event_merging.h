// Event merging: reports of the same happening become one event with several sources.
//
// Two reports can be one event when their dates overlap, their places can be one scene (the
// same place, one inside the other, two landmarks of one city), and what they say agrees:
// the same kind of action ("captured", "retook" and "took" are all a capture; the first verb of
// a clause is its main one), the same actors, the same words. Day-precise reports need less
// agreement than reports dated only to a month or a year, where many things happen at once. Two
// reports whose main actions are known and differ (a plea and a rejection) are one only when
// worded nearly alike: shared words are then the story's, not the happening's.
// A report of one more happening of a kind ("a second quake", "another attack") is not one with
// a report of the first, and one article's two reports are two happenings.
// Groups form greedily from the best-agreeing pair down, and a group never takes in a report
// whose place conflicts with any of its members.
//
// Every merge keeps all its sources; the event's date is the most precise of its reports'. An
// approximate day ("a week ago": about that day, give or take three days) can be one with a report
// within those days, and gives way to it: the firmer or surer report ("last week", "on June 21")
// dates the event. So does a day another article states, a day or two before a report dated to
// the day of publication only because it is told as news without a date ("has chosen to step
// down"), when the two tell the same action of the same actor (rule "news_told_late").
#pragma once

#include <string>
#include <vector>

#include "events.h"
#include "gazetteer.h"

namespace dateline {

// Why two events were merged (for --explain): "same day; both a capture; Mosul".
struct MergeNote {
    std::string event_id;
    std::string reason;
};

std::vector<Event> merge_events(std::vector<Event> events, const std::vector<MergeEvidence>& evidence,
                                const Gazetteer& gazetteer, std::vector<MergeNote>* notes = nullptr);

}  // namespace dateline
