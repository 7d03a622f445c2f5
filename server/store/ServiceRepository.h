#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

namespace concierge::store {

// Per-service configuration (enabled, prompt, texts per language, settings). Run inside Database jobs.
class ServiceRepository
{
public:
    static Status upsert(DbContext &ctx, const ServiceRecord &service);
    // Ordered by name.
    static Result<QList<ServiceRecord>> all(DbContext &ctx);
};

} // namespace concierge::store
