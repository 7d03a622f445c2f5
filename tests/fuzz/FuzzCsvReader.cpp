// libFuzzer target: the RFC 4180 CSV reader (server/core/CsvReader) used by the registry and FAQ imports.
#include "core/CsvReader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using concierge::CsvReader;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the separator (the imports use ',', ';' and tab).
    static const char separators[] = {',', ';', '\t'};
    const QChar separator = QLatin1Char(separators[data[0] % 3]);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QList<int> lines;
    const auto rows = CsvReader::parse(text, separator, &lines);
    if (rows) {
        if (lines.size() != rows->size())
            std::abort(); // one start line per row
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (lines[i] <= lines[i - 1])
                std::abort(); // rows start on increasing lines
    } else if (rows.error().message.isEmpty()) {
        std::abort();
    }
    (void)CsvReader::parseRecords(text, separator);
    return 0;
}
