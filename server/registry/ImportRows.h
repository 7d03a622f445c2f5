#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QStringList>

namespace concierge::registry {

// One data row of an import file, with the line it starts on.
struct CsvRow
{
    int line = 0;
    QStringList header; // lower-case, trimmed
    QStringList fields;
    QString value(const QString &column) const; // trimmed; empty when the column or the field is absent
};

// A row checked and converted, or an Error whose message is the reason printed for the rejected line.
Result<store::ParentRecord> parentFromRow(const CsvRow &row);
Result<store::StudentRecord> studentFromRow(const CsvRow &row); // the parent's existence is checked by the caller
Result<store::FaqRow> faqFromRow(const CsvRow &row);

} // namespace concierge::registry
