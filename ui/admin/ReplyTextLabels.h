#pragma once

#include <QString>

// The reply texts of a service are stored under keys (`ask_code`, `holding_urgent_open`): staff see what each text is
// for in words, in their language. A key without a label (a text added later) is shown as it is.
QString replyTextLabel(const QString &key);

// Where a text comes in a conversation, for listing a service's texts in that order (unknown keys last).
int replyTextRank(const QString &key);
