#include "ops/SettingsFile.h"

#include "core/PrivateFiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace concierge::ops {

namespace {

// The key of a "KEY=value" or "export KEY=value" line, or "" for comments, blanks and anything else.
QString keyOf(const QString &line)
{
    static const QRegularExpression assignment(QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*="));
    const QRegularExpressionMatch match = assignment.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

QString SettingsFile::quoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s#\"']*$"));
    if (plain.match(value).hasMatch())
        return value;
    return value.contains(u'"') ? u'\'' + value + u'\'' : u'"' + value + u'"';
}

Status SettingsFile::update(const config::Environment &values) const
{
    QStringList lines;
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error{QStringLiteral("settings_file"),
                         QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString())};
        lines = QString::fromUtf8(file.readAll()).split(u'\n');
        file.close();
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    } else {
        lines.append(QStringLiteral("# Concierge settings saved from the console (read after .env, before the "
                                    "environment)."));
    }
    QSet<QString> written;
    for (QString &line : lines) {
        const QString key = keyOf(line);
        if (key.isEmpty() || !values.contains(key) || written.contains(key))
            continue;
        line = key + u'=' + quoted(values.value(key));
        written.insert(key);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!written.contains(it.key()))
            lines.append(it.key() + u'=' + quoted(it.value()));
    }
    return privateFiles::write(m_path, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace concierge::ops
