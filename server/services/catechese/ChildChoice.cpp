#include "services/catechese/ChildChoice.h"

#include "ai/OfflineRouter.h"
#include "core/TextNormalizer.h"

#include <QStringList>

namespace concierge::services {

std::optional<qsizetype> ChildChoice::find(const QString &text, const QList<store::StudentRecord> &children,
                                           bool numbersAllowed)
{
    const QString normalized = TextNormalizer::normalize(text);
    if (numbersAllowed) {
        const int number = ai::OfflineRouter::menuNumber(normalized);
        if (number >= 1 && number <= children.size())
            return number - 1;
    }
    const QStringList words = TextNormalizer::tokens(text);
    std::optional<qsizetype> found;
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QString name = TextNormalizer::normalize(children.at(i).firstName);
        const bool named = std::any_of(words.begin(), words.end(), [&name](const QString &word) {
            return TextNormalizer::fuzzyEquals(word, name);
        });
        if (named) {
            if (found)
                return std::nullopt; // two children named: ask which one
            found = i;
        }
    }
    return found;
}

QString ChildChoice::list(const QList<store::StudentRecord> &children)
{
    QStringList lines;
    for (qsizetype i = 0; i < children.size(); ++i)
        lines.append(QStringLiteral("%1. %2 (%3)").arg(i + 1).arg(children.at(i).firstName, children.at(i).level));
    return lines.join(u'\n');
}

} // namespace concierge::services
