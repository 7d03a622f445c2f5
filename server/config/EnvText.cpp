#include "config/EnvText.h"

#include <QRegularExpression>

namespace concierge::config {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    // An unquoted value may carry a trailing comment: KEY=value # note
    const qsizetype hash = value.indexOf(QLatin1String(" #"));
    return hash >= 0 ? value.left(hash).trimmed() : value;
}

} // namespace

Result<Environment> parseEnvText(const QByteArray &text, const QString &source)
{
    Environment env;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        const QString key = line.left(eq).trimmed();
        static const QRegularExpression validKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (eq <= 0 || !validKey.match(key).hasMatch())
            return Error{QStringLiteral("env_file"),
                         QStringLiteral("%1:%2: expected KEY=VALUE").arg(source).arg(lineNumber)};
        env.insert(key, unquote(line.mid(eq + 1)));
    }
    return env;
}

} // namespace concierge::config
