#include "sentences.h"

#include <string>
#include <unordered_set>

#include "lexicon.h"

namespace dateline {

bool is_abbreviation(std::string_view word) {
    static const std::unordered_set<std::string> known = [] {
        std::unordered_set<std::string> s;
        for (const std::string& e : lexicon_entries("abbreviations")) s.insert(ascii_lower(e));
        return s;
    }();
    if (word.size() > 8) return false;
    char buffer[8];
    for (size_t i = 0; i < word.size(); ++i) buffer[i] = (word[i] >= 'A' && word[i] <= 'Z') ? char(word[i] - 'A' + 'a') : word[i];
    return known.count(std::string(buffer, word.size())) > 0;
}

namespace {

bool is_closing(const Token& t) {
    return t.kind == Token::Kind::Punct &&
           (t.punct == '"' || t.punct == '\'' || t.punct == ')' || t.punct == ']' || t.punct == 0x201D || t.punct == 0x2019 ||
            t.punct == 0x00BB);
}
bool is_opening(const Token& t) {
    return t.kind == Token::Kind::Punct &&
           (t.punct == '"' || t.punct == '\'' || t.punct == '(' || t.punct == '[' || t.punct == 0x201C || t.punct == 0x2018 ||
            t.punct == 0x00AB);
}
bool is_terminal(const Token& t) { return t.is('.') || t.is('!') || t.is('?') || t.is(0x2026); }

// Can a sentence start with the token at `i`?
bool starts_sentence(std::string_view text, const std::vector<Token>& tokens, size_t i) {
    if (i >= tokens.size()) return true;
    const Token& t = tokens[i];
    // A capital, or a letter outside ASCII (we cannot tell its case cheaply: assume a capital).
    if (t.kind == Token::Kind::Word) return t.capitalised || static_cast<unsigned char>(text[t.start]) >= 0x80;
    if (t.kind == Token::Kind::Number) return true;
    if (is_opening(t) && i + 1 < tokens.size()) return starts_sentence(text, tokens, i + 1);
    return t.is('-') || t.is(0x2014) || t.is(0x2013);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<Sentence> out;
    size_t begin = 0;
    auto piece = [&](size_t first, size_t end, bool cut) {
        Sentence s;
        s.first_token = static_cast<uint32_t>(first);
        s.end_token = static_cast<uint32_t>(end);
        s.start = tokens[first].start;
        s.end = tokens[end - 1].end;
        s.starts_line = tokens[first].line_before;
        s.cut = cut;
        out.push_back(s);
    };
    auto close = [&](size_t end) {  // sentence of tokens [begin, end)
        if (end <= begin) return;
        const bool cut = end - begin > kLongestSentenceTokens;
        while (end - begin > kLongestSentenceTokens) {
            size_t at = begin + kLongestSentenceTokens;
            for (size_t i = at - 1; i > begin + kLongestSentenceTokens / 2; --i)
                if (tokens[i].is(',') || tokens[i].is(';') || tokens[i].is(':')) {
                    at = i + 1;
                    break;
                }
            piece(begin, at, true);
            begin = at;
        }
        piece(begin, end, cut);
        begin = end;
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i > begin && tokens[i].line_before) close(i);
        const Token& t = tokens[i];
        // A dotted abbreviation ("U.S.") carries its own final dot: treat it as a terminal
        // only before a new line.
        if (!is_terminal(t)) continue;
        size_t end = i + 1;
        while (end < tokens.size() && !tokens[end].line_before && !tokens[end].space_before && is_closing(tokens[end])) ++end;
        if (end < tokens.size() && tokens[end].line_before) {
            close(end);
            i = end - 1;
            continue;
        }
        if (end >= tokens.size()) break;
        if (!tokens[end].space_before || !starts_sentence(text, tokens, end)) continue;
        if (t.is('.') && i > 0 && tokens[i - 1].kind == Token::Kind::Word && !tokens[i].space_before) {
            const std::string_view before = token_text(text, tokens[i - 1]);
            if (is_abbreviation(before)) continue;
            if (before.size() == 1 && tokens[i - 1].capitalised) continue;  // an initial: "George W. Bush"
        }
        close(end);
        i = end - 1;
    }
    close(tokens.size());
    return out;
}

bool is_bracketed_aside(const std::vector<Token>& tokens, const Sentence& s) {
    if (s.end_token < s.first_token + 3 || !tokens[s.first_token].is('(')) return false;
    uint32_t last = s.end_token - 1;
    if (tokens[last].is('.') || tokens[last].is('!')) --last;  // "(...)." as well as "(....)"
    if (!tokens[last].is(')')) return false;
    for (uint32_t i = s.first_token + 1; i < last; ++i)
        if (tokens[i].is(')')) return false;  // "(AP) Stocks fell ... (file photo)": not one aside
    return true;
}

}  // namespace dateline
