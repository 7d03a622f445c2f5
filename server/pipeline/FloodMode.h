#pragma once

namespace concierge::pipeline {

// How many chats may be handled at once, tick by tick, from the webhooks accepted in the last tick (Pipeline's).
// Under a flood (more than kBurstPerTick in one tick: over 1,000 webhooks a second), acknowledging comes first: no
// chat starts while the flood lasts, its messages wait in the inbox (durable) and are handled once it passes;
// nothing is dropped. One tick in kTrickleEvery still starts kTrickleConcurrency chats, so that a flood without end
// (a WAHA redelivering in a loop) is still answered, slowly.
//
// Why a pause and not a few chats at a time (as before): handling a few chats at once made batches of a message or
// two, each paying every statement of a batch (on PostgreSQL on a connection of its own, on SQLite between the
// acknowledgements' commits). With the pause, the server's CPU per acknowledgement during a flood fell from 66-85 to
// 44-56 us on SQLite and from 132-190 to 82-100 us on PostgreSQL (bench/README.md, round 21).
class FloodMode
{
public:
    static constexpr int kTickMs = 100;
    static constexpr int kBurstPerTick = 100;
    static constexpr int kTrickleEvery = 10; // ticks: once a second
    static constexpr int kTrickleConcurrency = 4;

    // The chats that may run during the next tick, `accepted` webhooks having come in the last one.
    int concurrencyAfter(int accepted, int maxConcurrent);
    bool flooding() const { return m_floodTicks > 0; }

private:
    int m_floodTicks = 0; // consecutive ticks over kBurstPerTick
};

} // namespace concierge::pipeline
