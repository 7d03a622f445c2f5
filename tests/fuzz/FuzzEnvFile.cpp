// libFuzzer target: the .env reader (server/config/EnvText: parseEnvText, what readEnvFile reads) and the
// validation of every setting it yields (fromEnvironment).
#include "config/EnvText.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using concierge::config::parseEnvText;
using concierge::config::SettingsLoader;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto env = parseEnvText(text, QStringLiteral("fuzz.env"));
    if (!env) {
        if (!env.error().message.startsWith(QLatin1String("fuzz.env:")))
            std::abort(); // the error names the file and line
        return 0;
    }
    const auto settings = SettingsLoader::fromEnvironment(*env);
    if (settings)
        (void)SettingsLoader::describe(*settings);
    else if (settings.error().message.isEmpty())
        std::abort();
    return 0;
}
