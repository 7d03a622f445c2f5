// libFuzzer target: the HTTP/1.x request parser (server/http/RequestParser) fed arbitrary bytes in arbitrary chunks,
// pipelined requests included, with the server's real limits, a body budget and a head check.
#include "http/RequestParser.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using concierge::http::BodyBudget;
using concierge::http::HeadCheck;
using concierge::http::HttpRejection;
using concierge::http::HttpRequest;
using concierge::http::RequestParser;

namespace {

// Same order of magnitude as the server's defaults, smaller so that the fuzzer reaches the limits.
constexpr int kMaxHeaderBytes = 4096;
constexpr qint64 kMaxBodyBytes = 8192;
constexpr qint64 kBudgetBytes = 6000;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Feeds one parser; the first input byte picks the chunk size so that every split point is tried.
void run(const char *data, qsizetype size, qsizetype chunk)
{
    BodyBudget budget(kBudgetBytes);
    {
        const HeadCheck headCheck = [](const HttpRequest &head) -> std::optional<HttpRejection> {
            if (head.header("x-reject") == "yes")
                return HttpRejection{401, QStringLiteral("unauthorized"), QStringLiteral("refused")};
            return std::nullopt;
        };
        RequestParser parser(kMaxHeaderBytes, kMaxBodyBytes, &budget, &headCheck);
        qsizetype offset = 0;
        while (offset < size) {
            const qsizetype length = std::min(chunk, size - offset);
            qsizetype consumed = 0;
            const RequestParser::Status status = parser.feed(data + offset, length, &consumed);
            check(consumed >= 0 && consumed <= length);
            offset += consumed;
            if (status == RequestParser::Status::Failed) {
                check(parser.failure().status >= 400 && !parser.failure().code.isEmpty());
                break;
            }
            if (status == RequestParser::Status::Complete) {
                const HttpRequest request = parser.takeRequest();
                check(request.body.size() <= kMaxBodyBytes);
                check(!request.method.isEmpty());
                if (parser.upgradeRequested())
                    break; // the rest belongs to the WebSocket
            } else if (consumed == 0 && length > 0) {
                break; // needs more than the input holds
            }
            parser.takeContinueRequest();
        }
    }
    check(budget.used() == 0); // every body byte counted is given back when the parser goes
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 64;
    run(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1, chunk == 64 ? qsizetype(size) : chunk);
    return 0;
}
