#include "LinkedInDates.h"

#include <QVarLengthArray>

#include <array>

namespace kith::linkedin {

namespace {

struct Token
{
    enum class Kind
    {
        Number,
        Word
    };
    Kind kind;
    QStringView text;
    QChar separator; // the punctuation just before it ('/', '-', ':', '.', ','), or null
    int number = 0;
};

using Tokens = QVarLengthArray<Token, 12>;

bool tokenize(QStringView text, Tokens &tokens)
{
    QChar separator;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isDigit() || c.isLetter()) {
            const bool digits = c.isDigit();
            const qsizetype start = i;
            while (i < text.size() && (digits ? text[i].isDigit() : text[i].isLetter()))
                ++i;
            Token token{digits ? Token::Kind::Number : Token::Kind::Word,
                        text.sliced(start, i - start), separator};
            if (digits) {
                if (i - start > 4)
                    return false;
                token.number = token.text.toInt();
            }
            if (tokens.size() == tokens.capacity())
                return false;
            tokens.append(token);
            separator = QChar();
        } else {
            if (!c.isSpace())
                separator = c;
            ++i;
        }
    }
    return true;
}

int monthOf(QStringView word)
{
    static constexpr std::array<const char16_t *, 12> names = {u"jan", u"feb", u"mar", u"apr",
                                                               u"may", u"jun", u"jul", u"aug",
                                                               u"sep", u"oct", u"nov", u"dec"};
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (word.first(3).compare(QStringView(names[m]), Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    return 0;
}

int fullYear(const Token &token)
{
    if (token.text.size() <= 2)
        return 2000 + token.number;
    return token.number;
}

// Reads "h:mm[:ss] [AM|PM]" from tokens[from…]; an empty time when there is none.
QTime readTime(const Tokens &tokens, qsizetype from)
{
    if (from + 1 >= tokens.size() || tokens[from].kind != Token::Kind::Number ||
        tokens[from + 1].kind != Token::Kind::Number || tokens[from + 1].separator != u':')
        return {};
    int hour = tokens[from].number;
    const int minute = tokens[from + 1].number;
    int second = 0;
    qsizetype next = from + 2;
    if (next < tokens.size() && tokens[next].kind == Token::Kind::Number &&
        tokens[next].separator == u':')
        second = tokens[next++].number;
    if (next < tokens.size() && tokens[next].kind == Token::Kind::Word) {
        const QStringView marker = tokens[next].text;
        const bool pm = marker.compare(u"PM", Qt::CaseInsensitive) == 0;
        const bool am = marker.compare(u"AM", Qt::CaseInsensitive) == 0;
        if ((pm || am) && (hour < 1 || hour > 12))
            return {};
        if (pm && hour != 12)
            hour += 12;
        if (am && hour == 12)
            hour = 0;
    }
    return QTime(hour, minute, second);
}

} // namespace

DateTime parseDateTime(QStringView text)
{
    Tokens tokens;
    if (!tokenize(text, tokens) || tokens.size() < 3)
        return {};
    // A leading weekday ("Sat, Dec 7, 2024") says nothing the date does not.
    if (tokens[0].kind == Token::Kind::Word && monthOf(tokens[0].text) == 0)
        tokens.remove(0);
    if (tokens.size() < 3)
        return {};
    const Token &a = tokens[0], &b = tokens[1], &c = tokens[2];
    const auto isNumber = [](const Token &t) { return t.kind == Token::Kind::Number; };
    QDate date;
    if (isNumber(a) && isNumber(b) && isNumber(c)) {
        if (a.text.size() == 4) { // 2024-12-07
            date = QDate(a.number, b.number, c.number);
        } else if (b.separator == u'.') { // 07.12.2024
            date = QDate(fullYear(c), b.number, a.number);
        } else if (a.number > 12 && b.number <= 12) { // 13/1/18 cannot be month first
            date = QDate(fullYear(c), b.number, a.number);
        } else {
            date = QDate(fullYear(c), a.number, b.number);
        }
    } else if (isNumber(a) && !isNumber(b) && isNumber(c) && monthOf(b.text) > 0) {
        date = QDate(fullYear(c), monthOf(b.text), a.number); // 07 Dec 2024
    } else if (!isNumber(a) && isNumber(b) && isNumber(c) && monthOf(a.text) > 0) {
        date = QDate(fullYear(c), monthOf(a.text), b.number); // Apr 08, 2024
    }
    if (!date.isValid())
        return {};
    return {date, readTime(tokens, 3)};
}

} // namespace kith::linkedin
