#include "registry/RegistryImporter.h"

#include "core/CsvReader.h"
#include "domain/ParentCode.h"
#include "registry/ImportRows.h"
#include "store/Database.h"
#include "store/FaqRepository.h"
#include "store/RegistryRepository.h"

#include <QFile>

namespace concierge::registry {

namespace {

struct Parsed
{
    QStringList header;
    QList<CsvRow> rows;
};

Result<Parsed> parse(const QString &csv, const QStringList &required)
{
    QList<int> lines;
    auto rows = CsvReader::parse(csv, QLatin1Char(','), &lines);
    if (!rows)
        return rows.error();
    Parsed parsed;
    if (rows->isEmpty())
        return parsed;
    for (const QString &name : rows->constFirst())
        parsed.header.append(name.trimmed().toLower());
    for (const QString &column : required) {
        if (!parsed.header.contains(column))
            return Error{QStringLiteral("missing_column"), QStringLiteral("the header has no column ") + column};
    }
    for (qsizetype r = 1; r < rows->size(); ++r)
        parsed.rows.append(CsvRow{lines.value(r), parsed.header, rows->at(r)});
    return parsed;
}

Result<ImportReport> importParents(store::DbContext &ctx, const Parsed &parsed)
{
    ImportReport report;
    for (const CsvRow &row : parsed.rows) {
        auto parent = parentFromRow(row);
        if (!parent) {
            report.rejected.append({row.line, parent.error().message});
            continue;
        }
        if (auto st = store::RegistryRepository::upsertParent(ctx, parent.value()); !st)
            return st.error();
        ++report.accepted;
    }
    return report;
}

Result<ImportReport> importStudents(store::DbContext &ctx, const Parsed &parsed)
{
    ImportReport report;
    for (const CsvRow &row : parsed.rows) {
        auto student = studentFromRow(row);
        if (student) {
            auto parent = store::RegistryRepository::parentByCode(ctx, student->parentCode);
            if (!parent)
                return parent.error();
            if (!parent.value())
                student = Error{QStringLiteral("unknown_parent"),
                                QStringLiteral("unknown parent code ") + student->parentCode};
        }
        if (!student) {
            report.rejected.append({row.line, student.error().message});
            continue;
        }
        if (auto st = store::RegistryRepository::upsertStudent(ctx, student.value()); !st)
            return st.error();
        ++report.accepted;
    }
    return report;
}

Result<ImportReport> importFaq(store::DbContext &ctx, const Parsed &parsed)
{
    ImportReport report;
    for (const CsvRow &row : parsed.rows) {
        auto faq = faqFromRow(row);
        if (!faq) {
            report.rejected.append({row.line, faq.error().message});
            continue;
        }
        if (auto st = store::FaqRepository::upsert(ctx, faq.value()); !st)
            return st.error();
        ++report.accepted;
    }
    return report;
}

QStringList requiredColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Parents: return {QStringLiteral("parent_code"), QStringLiteral("full_name")};
    case ImportKind::Students:
        return {QStringLiteral("student_id"), QStringLiteral("parent_code"), QStringLiteral("first_name"),
                QStringLiteral("last_name"), QStringLiteral("school_year")};
    case ImportKind::Faq: return {QStringLiteral("id"), QStringLiteral("question"), QStringLiteral("answer")};
    }
    return {};
}

} // namespace

std::optional<ImportKind> importKindFromName(const QString &name)
{
    if (name == u"parents")
        return ImportKind::Parents;
    if (name == u"students")
        return ImportKind::Students;
    if (name == u"faq")
        return ImportKind::Faq;
    return std::nullopt;
}

QStringList ImportReport::lines() const
{
    QStringList out;
    for (const ImportRejection &r : rejected)
        out.append(QStringLiteral("line %1: %2").arg(r.line).arg(r.reason));
    out.append(QStringLiteral("accepted %1, rejected %2").arg(accepted).arg(rejected.size()));
    return out;
}

Result<ImportReport> RegistryImporter::importFile(ImportKind kind, const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return importText(kind, QString::fromUtf8(file.readAll()));
}

namespace {

store::Database::Job<ImportReport> importJob(ImportKind kind, const Parsed &rows)
{
    return [kind, rows](store::DbContext &ctx) -> Result<ImportReport> {
        switch (kind) {
        case ImportKind::Parents: return importParents(ctx, rows);
        case ImportKind::Students: return importStudents(ctx, rows);
        case ImportKind::Faq: return importFaq(ctx, rows);
        }
        return ImportReport{};
    };
}

} // namespace

Result<ImportReport> RegistryImporter::importText(ImportKind kind, const QString &csv) const
{
    auto parsed = parse(csv, requiredColumns(kind));
    if (!parsed)
        return parsed.error();
    return m_db->runSync<ImportReport>(importJob(kind, parsed.value()));
}

void RegistryImporter::importTextAsync(ImportKind kind, const QString &csv, QObject *context,
                                       std::function<void(Result<ImportReport>)> done) const
{
    auto parsed = parse(csv, requiredColumns(kind));
    if (!parsed) {
        done(parsed.error());
        return;
    }
    m_db->run<ImportReport>(importJob(kind, parsed.value()), context, std::move(done));
}

} // namespace concierge::registry
