#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

#include <optional>

namespace concierge::store {

// The local catechism registry: parents (by parent code) and their children. Run inside Database jobs.
class RegistryRepository
{
public:
    static Status insertParent(DbContext &ctx, const ParentRecord &parent);
    static Status insertStudent(DbContext &ctx, const StudentRecord &student);
    // Insert or update by parent_code / student_id (the CSV import).
    static Status upsertParent(DbContext &ctx, const ParentRecord &parent);
    static Status upsertStudent(DbContext &ctx, const StudentRecord &student);
    static Result<std::optional<StudentRecord>> studentById(DbContext &ctx, const QString &studentId);
    // Case-insensitive on the code ("sa-4821" finds "SA-4821").
    static Result<std::optional<ParentRecord>> parentByCode(DbContext &ctx, const QString &parentCode);
    // Ordered by student id.
    static Result<QList<StudentRecord>> studentsOfParent(DbContext &ctx, const QString &parentCode);
    static Result<int> parentCount(DbContext &ctx);
    static Result<int> studentCount(DbContext &ctx);

    // The console's view, a page at a time. `search` (case-insensitive, empty: all) matches a parent's code, name,
    // phone or e-mail / a pupil's id, names or parent code; `parentCode` (exact, any case) keeps one family's pupils.
    static Result<QList<ParentRecord>> parents(DbContext &ctx, const QString &search, int limit, int offset);
    static Result<int> parentMatches(DbContext &ctx, const QString &search);
    static Result<QList<StudentRecord>> students(DbContext &ctx, const QString &search, const QString &parentCode,
                                                 int limit, int offset);
    static Result<int> studentMatches(DbContext &ctx, const QString &search, const QString &parentCode);
};

} // namespace concierge::store
