// libFuzzer target: the webhook body parser (server/pipeline/WebhookEvent), WAHA envelopes and the simplified shape.
#include "pipeline/WebhookEvent.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using concierge::pipeline::kMaxMessageChars;
using concierge::pipeline::parseWebhook;
using concierge::pipeline::WebhookEvent;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto event = parseWebhook(body, 1'780'000'000'000);
    if (!event) {
        if (event.error().code.isEmpty())
            std::abort(); // an error always says what was wrong
        return 0;
    }
    const WebhookEvent &e = *event;
    const bool message = e.kind == WebhookEvent::Kind::UserMessage || e.kind == WebhookEvent::Kind::StaffMessage;
    // WhatsApp's maximum: longer texts are cut when the webhook is read, before anything else sees them.
    if (message && e.message.text.size() > kMaxMessageChars)
        std::abort();
    return 0;
}
