// libFuzzer target: DATABASE_URL parsing (server/store/DatabaseUrl) and what is derived from it for libpq.
#include "store/DatabaseUrl.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using concierge::store::DatabaseUrl;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto url = DatabaseUrl::parse(text);
    if (!url)
        return 0;
    if (url->port < 1 || url->port > 65535)
        std::abort();
    // The description is what logs show: it must never carry the password, i.e. it is the same whatever the
    // password. (Looking for the password's text in it misfires when the password is "@" or ":", which the
    // description holds as separators.)
    DatabaseUrl withoutPassword = *url;
    withoutPassword.password.clear();
    if (url->describe() != withoutPassword.describe())
        std::abort();
    (void)url->connectOptions(QStringLiteral("concierge"));
    return 0;
}
