#include "domain/ParentCode.h"

#include <QRegularExpression>

namespace concierge::domain {

namespace {

constexpr qsizetype kMaxLetters = 4;
constexpr qsizetype kMaxDigits = 8;

} // namespace

QString ParentCode::normalize(const QString &text)
{
    QString letters;
    QString digits;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'.')
            continue;
        if (c.isLetter() && c.unicode() < 128 && digits.isEmpty())
            letters.append(c.toUpper());
        else if (c.isDigit() && c.unicode() < 128 && !letters.isEmpty())
            digits.append(c);
        else
            return {};
    }
    if (letters.isEmpty() || digits.isEmpty() || letters.size() > kMaxLetters || digits.size() > kMaxDigits)
        return {};
    return letters + u'-' + digits;
}

QString ParentCode::findIn(const QString &text)
{
    // Two to four letters, an optional separator, three to eight digits, standing alone.
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\p{L}\\d])([A-Za-z]{2,4})[\\s_.-]?(\\d{3,8})(?!\\d)"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? normalize(match.captured(1) + match.captured(2)) : QString();
}

} // namespace concierge::domain
