#pragma once

#include "core/Result.h"
#include "store/Database.h"

namespace concierge::store {

// The built-in demo parish (fictional people): faq.csv, parents.csv and students.csv, compiled into the resources
// (concierge_resources) under :/concierge/data. Each table is filled only when it is empty, so this is safe at every
// start. Run inside a Database job; `folder` may point elsewhere (tests, a parish's own files).
Status loadDemoDataIfEmpty(DbContext &ctx, const QString &folder = QStringLiteral(":/concierge/data"));

} // namespace concierge::store
