#include "registry/ImportRows.h"

#include "domain/ParentCode.h"

#include <QDate>
#include <QRegularExpression>

namespace concierge::registry {

namespace {

Error reject(const QString &reason)
{
    return Error{QStringLiteral("invalid_row"), reason};
}

// A count: empty is 0, otherwise a non-negative integer; nullopt when it is not one.
std::optional<int> count(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

bool validSchoolYear(const QString &year)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto match = pattern.match(year);
    return match.hasMatch() && match.captured(2).toInt() == match.captured(1).toInt() + 1;
}

} // namespace

QString CsvRow::value(const QString &column) const
{
    const qsizetype index = header.indexOf(column);
    return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
}

Result<store::ParentRecord> parentFromRow(const CsvRow &row)
{
    if (row.fields.size() > row.header.size())
        return reject(QStringLiteral("more fields than the header"));
    const QString raw = row.value(QStringLiteral("parent_code"));
    if (raw.isEmpty())
        return reject(QStringLiteral("missing parent_code"));
    store::ParentRecord parent;
    parent.parentCode = domain::ParentCode::normalize(raw);
    if (parent.parentCode.isEmpty())
        return reject(QStringLiteral("invalid parent_code '%1'").arg(raw));
    parent.fullName = row.value(QStringLiteral("full_name"));
    if (parent.fullName.isEmpty())
        return reject(QStringLiteral("missing full_name"));
    parent.phone = row.value(QStringLiteral("phone")).remove(QRegularExpression(QStringLiteral("[\\s+().-]")));
    if (!parent.phone.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{6,15}$")).match(parent.phone).hasMatch())
        return reject(QStringLiteral("invalid phone '%1'").arg(row.value(QStringLiteral("phone"))));
    parent.email = row.value(QStringLiteral("email"));
    return parent;
}

Result<store::StudentRecord> studentFromRow(const CsvRow &row)
{
    if (row.fields.size() > row.header.size())
        return reject(QStringLiteral("more fields than the header"));
    store::StudentRecord s;
    s.studentId = row.value(QStringLiteral("student_id"));
    if (s.studentId.isEmpty())
        return reject(QStringLiteral("missing student_id"));
    const QString code = row.value(QStringLiteral("parent_code"));
    if (code.isEmpty())
        return reject(QStringLiteral("missing parent_code"));
    s.parentCode = domain::ParentCode::normalize(code);
    if (s.parentCode.isEmpty())
        return reject(QStringLiteral("invalid parent_code '%1'").arg(code));
    s.firstName = row.value(QStringLiteral("first_name"));
    s.lastName = row.value(QStringLiteral("last_name"));
    if (s.firstName.isEmpty() || s.lastName.isEmpty())
        return reject(QStringLiteral("missing first_name or last_name"));
    s.birthDate = row.value(QStringLiteral("birth_date"));
    if (!s.birthDate.isEmpty() && !QDate::fromString(s.birthDate, Qt::ISODate).isValid())
        return reject(QStringLiteral("bad birth_date '%1' (expected YYYY-MM-DD)").arg(s.birthDate));
    s.schoolYear = row.value(QStringLiteral("school_year"));
    if (!validSchoolYear(s.schoolYear))
        return reject(QStringLiteral("bad school_year '%1' (expected e.g. 2025-2026)").arg(s.schoolYear));
    const auto attended = count(row.value(QStringLiteral("sessions_attended")));
    const auto total = count(row.value(QStringLiteral("sessions_total")));
    if (!attended || !total)
        return reject(QStringLiteral("sessions_attended and sessions_total must be whole numbers"));
    if (*attended > *total)
        return reject(QStringLiteral("sessions_attended (%1) > sessions_total (%2)").arg(*attended).arg(*total));
    s.sessionsAttended = *attended;
    s.sessionsTotal = *total;
    s.level = row.value(QStringLiteral("level"));
    s.status = row.value(QStringLiteral("status"));
    s.sacrament = row.value(QStringLiteral("sacrament"));
    return s;
}

Result<store::FaqRow> faqFromRow(const CsvRow &row)
{
    if (row.fields.size() > row.header.size())
        return reject(QStringLiteral("more fields than the header"));
    store::FaqRow faq;
    bool ok = false;
    faq.id = row.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || faq.id <= 0)
        return reject(QStringLiteral("missing or invalid id"));
    faq.question = row.value(QStringLiteral("question"));
    faq.answer = row.value(QStringLiteral("answer"));
    if (faq.question.isEmpty() || faq.answer.isEmpty())
        return reject(QStringLiteral("missing question or answer"));
    faq.keywords = row.value(QStringLiteral("keywords")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &keyword : faq.keywords)
        keyword = keyword.trimmed();
    faq.language = row.value(QStringLiteral("language")).toLower();
    if (faq.language.isEmpty())
        faq.language = QStringLiteral("fr");
    if (faq.language != u"fr" && faq.language != u"en")
        return reject(QStringLiteral("unknown language '%1' (fr or en)").arg(faq.language));
    return faq;
}

} // namespace concierge::registry
