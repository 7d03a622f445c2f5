#pragma once

#include "store/Records.h"

#include <QList>
#include <QObject>

#include <functional>

namespace concierge::knowledge {

// Where the knowledge base comes from: the local faq table or a Baserow table.
class FaqProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // `done` runs in this object's thread with the current rows (possibly the last known ones).
    virtual void rows(QObject *context, std::function<void(const QList<store::FaqRow> &rows)> done) = 0;
    virtual QString sourceName() const = 0; // "local" | "baserow"
};

} // namespace concierge::knowledge
