#include "ReplyTextLabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// One table for every service: the keys do not collide across services, and a key shared by several (the service's
// name, the holding text) means the same thing in each.
constexpr Label kLabels[] = {
    {"display_name", QT_TRANSLATE_NOOP("ReplyTextLabels", "Name of the service in this language")},
    {"welcome", QT_TRANSLATE_NOOP("ReplyTextLabels", "Welcome, in reply to a greeting")},
    {"menu", QT_TRANSLATE_NOOP("ReplyTextLabels", "Menu of the services")},
    {"fallback", QT_TRANSLATE_NOOP("ReplyTextLabels", "Message not understood")},
    {"thanks", QT_TRANSLATE_NOOP("ReplyTextLabels", "Reply to thanks")},
    {"ack", QT_TRANSLATE_NOOP("ReplyTextLabels", "Message received, answer to follow")},
    {"error", QT_TRANSLATE_NOOP("ReplyTextLabels", "Technical problem")},
    {"no_answer", QT_TRANSLATE_NOOP("ReplyTextLabels", "No answer found")},
    {"rate_limited", QT_TRANSLATE_NOOP("ReplyTextLabels", "Too many messages in a short time")},
    {"service_disabled", QT_TRANSLATE_NOOP("ReplyTextLabels", "Service switched off")},
    {"ask_question", QT_TRANSLATE_NOOP("ReplyTextLabels", "Asking for the question")},
    {"intro", QT_TRANSLATE_NOOP("ReplyTextLabels", "Before an answer from the knowledge base")},
    {"holding", QT_TRANSLATE_NOOP("ReplyTextLabels", "Waiting for the next step")},
    {"ask_code", QT_TRANSLATE_NOOP("ReplyTextLabels", "Asking for the parent code")},
    {"code_missing", QT_TRANSLATE_NOOP("ReplyTextLabels", "No parent code in the message")},
    {"code_wrong", QT_TRANSLATE_NOOP("ReplyTextLabels", "Parent code not recognised")},
    {"code_locked", QT_TRANSLATE_NOOP("ReplyTextLabels", "Code checks locked after wrong codes")},
    {"codes_paused", QT_TRANSLATE_NOOP("ReplyTextLabels", "Code checks unavailable for a moment")},
    {"no_children", QT_TRANSLATE_NOOP("ReplyTextLabels", "Code verified, no child linked")},
    {"choose_child", QT_TRANSLATE_NOOP("ReplyTextLabels", "Code verified, choosing the child")},
    {"child_unknown", QT_TRANSLATE_NOOP("ReplyTextLabels", "Child not recognised")},
    {"record", QT_TRANSLATE_NOOP("ReplyTextLabels", "The child's catechism record")},
    {"attendance", QT_TRANSLATE_NOOP("ReplyTextLabels", "The child's attendance")},
    {"certificate_link", QT_TRANSLATE_NOOP("ReplyTextLabels", "Certificate ready, with its link")},
    {"certificate_sent", QT_TRANSLATE_NOOP("ReplyTextLabels", "Certificate sent as a PDF")},
    {"certificate_queued", QT_TRANSLATE_NOOP("ReplyTextLabels", "Certificate ready, sent by the office")},
    {"certificate_requested", QT_TRANSLATE_NOOP("ReplyTextLabels", "Certificate request passed to the office")},
    {"certificate_refused", QT_TRANSLATE_NOOP("ReplyTextLabels", "Certificate not possible for this record")},
    {"status_enrolled", QT_TRANSLATE_NOOP("ReplyTextLabels", "Record status word: enrolled")},
    {"status_completed", QT_TRANSLATE_NOOP("ReplyTextLabels", "Record status word: completed")},
    {"status_suspended", QT_TRANSLATE_NOOP("ReplyTextLabels", "Record status word: suspended")},
    {"holding_open", QT_TRANSLATE_NOOP("ReplyTextLabels", "Waiting for a person, office open")},
    {"holding_closed", QT_TRANSLATE_NOOP("ReplyTextLabels", "Waiting for a person, office closed")},
    {"holding_urgent_open", QT_TRANSLATE_NOOP("ReplyTextLabels", "Urgent request, office open")},
    {"holding_urgent_closed", QT_TRANSLATE_NOOP("ReplyTextLabels", "Urgent request, office closed")},
    {"callback", QT_TRANSLATE_NOOP("ReplyTextLabels", "Nobody answered in time: callback promised")},
    {"released", QT_TRANSLATE_NOOP("ReplyTextLabels", "Conversation handed back to the assistant")},
};

} // namespace

int replyTextRank(const QString &key)
{
    const auto found = std::find_if(std::begin(kLabels), std::end(kLabels),
                                    [&key](const Label &label) { return key == QLatin1String(label.key); });
    return int(found - std::begin(kLabels));
}

QString replyTextLabel(const QString &key)
{
    const int rank = replyTextRank(key);
    return rank < int(std::size(kLabels)) ? QCoreApplication::translate("ReplyTextLabels", kLabels[rank].text) : key;
}
