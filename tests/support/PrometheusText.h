#pragma once

// A small checker of Prometheus' text exposition format 0.0.4, for the tests of GET /metrics: every sample belongs to
// a family whose "# TYPE" came before it, values are numbers, a histogram's buckets are cumulative, ordered by "le",
// and end with "+Inf" equal to its "_count". Header-only (tests/support is on every test's include path).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace concierge::testing {

struct PrometheusText
{
    QString error;                 // empty when the text is valid
    QHash<QString, QString> types; // family -> counter | gauge | histogram
    QMap<QString, double> samples; // "name{a=\"x\",b=\"y\"}" (labels as written) -> value

    bool ok() const { return error.isEmpty(); }
    // The value of `name` with exactly these labels as written ("outcome=\"accepted\""), or NaN.
    double value(const QString &name, const QString &labels = {}) const
    {
        const QString key = labels.isEmpty() ? name : name + u'{' + labels + u'}';
        return samples.value(key, std::numeric_limits<double>::quiet_NaN());
    }

    static PrometheusText parse(const QByteArray &text)
    {
        PrometheusText out;
        static const QRegularExpression sampleLine(
            QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([^}]*)\})? (\S+)$)"));
        static const QRegularExpression labelPair(QStringLiteral("^([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"\\\\]*)\"$"));
        struct Series
        {
            QList<QPair<double, double>> buckets; // le, cumulative count
            double count = -1;
        };
        QHash<QString, Series> histograms; // family + labels without le
        if (!text.endsWith('\n'))
            return fail(out, QStringLiteral("the text does not end with a newline"));
        const QList<QByteArray> lines = text.split('\n');
        for (int i = 0; i < lines.size() - 1; ++i) {
            const QString line = QString::fromUtf8(lines.at(i));
            if (line.startsWith(QLatin1String("# TYPE "))) {
                const QStringList parts = line.split(u' ');
                if (parts.size() != 4 || out.types.contains(parts.at(2)))
                    return fail(out, QStringLiteral("bad or repeated TYPE line: ") + line);
                out.types.insert(parts.at(2), parts.at(3));
                continue;
            }
            if (line.startsWith(u'#'))
                continue; // HELP and comments
            const QRegularExpressionMatch m = sampleLine.match(line);
            if (!m.hasMatch())
                return fail(out, QStringLiteral("not a sample line: ") + line);
            const QString name = m.captured(1);
            bool numeric = false;
            const QString rawValue = m.captured(4);
            const double value = rawValue == QLatin1String("+Inf") ? std::numeric_limits<double>::infinity()
                                                                   : rawValue.toDouble(&numeric);
            if (!numeric && rawValue != QLatin1String("+Inf"))
                return fail(out, QStringLiteral("not a number: ") + line);
            QStringList labels = m.captured(3).isEmpty() ? QStringList() : m.captured(3).split(u',');
            QString le;
            for (const QString &pair : std::as_const(labels)) {
                const QRegularExpressionMatch l = labelPair.match(pair);
                if (!l.hasMatch())
                    return fail(out, QStringLiteral("bad label: ") + line);
                if (l.captured(1) == QLatin1String("le"))
                    le = l.captured(2);
            }
            QString family = name;
            for (const char *suffix : {"_bucket", "_sum", "_count"}) {
                const QString base = name.chopped(qsizetype(qstrlen(suffix)));
                if (name.endsWith(QLatin1String(suffix)) && out.types.value(base) == QLatin1String("histogram"))
                    family = base;
            }
            if (!out.types.contains(family))
                return fail(out, QStringLiteral("sample before its TYPE: ") + line);
            out.samples.insert(m.captured(2).isEmpty() ? name : name + m.captured(2), value);
            if (family == name)
                continue;
            labels.removeIf([](const QString &pair) { return pair.startsWith(QLatin1String("le=")); });
            Series &series = histograms[family + u'{' + labels.join(u',') + u'}'];
            if (name.endsWith(QLatin1String("_bucket"))) {
                const double bound =
                    le == QLatin1String("+Inf") ? std::numeric_limits<double>::infinity() : le.toDouble(&numeric);
                if (le.isEmpty() || (!numeric && le != QLatin1String("+Inf")))
                    return fail(out, QStringLiteral("a bucket without a numeric le: ") + line);
                if (!series.buckets.isEmpty() &&
                    (bound <= series.buckets.constLast().first || value < series.buckets.constLast().second))
                    return fail(out, QStringLiteral("buckets not ordered or not cumulative: ") + line);
                series.buckets.append({bound, value});
            } else if (name.endsWith(QLatin1String("_count"))) {
                series.count = value;
            }
        }
        for (auto it = histograms.cbegin(); it != histograms.cend(); ++it) {
            const Series &s = it.value();
            if (s.buckets.isEmpty() || !std::isinf(s.buckets.constLast().first))
                return fail(out, it.key() + QStringLiteral(": no +Inf bucket"));
            if (s.buckets.constLast().second != s.count)
                return fail(out, it.key() + QStringLiteral(": +Inf bucket differs from _count"));
        }
        return out;
    }

private:
    static PrometheusText fail(PrometheusText &out, const QString &why)
    {
        out.error = why;
        return out;
    }
};

} // namespace concierge::testing
