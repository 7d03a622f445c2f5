#pragma once

#include "store/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace concierge::services {

// Which of a parent's children a message names: by first name ("pour Fatou", "fatou"), or by its number in the list
// we showed ("2", "le 2", "deux") when we had asked.
class ChildChoice
{
public:
    static std::optional<qsizetype> find(const QString &text, const QList<store::StudentRecord> &children,
                                         bool numbersAllowed);
    // "1. Paul (2e année)\n2. Fatou (1re année)"
    static QString list(const QList<store::StudentRecord> &children);
};

} // namespace concierge::services
