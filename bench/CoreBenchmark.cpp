// Benchmarks of core/ at the size issue 4 sets: a transcript carrying 5,000 codings.
#include "core/Agreement.hpp"
#include "core/Codebook.hpp"
#include "core/CodingSet.hpp"
#include "core/Guid.hpp"
#include "core/Payload.hpp"
#include "core/RecordPacks.hpp"

#include <benchmark/benchmark.h>

namespace {

constexpr std::size_t kCodings = 5000;

pt::Payload payloadWith(std::size_t count)
{
    pt::Payload payload;
    payload.codebook = pt::defaultCodebook();
    std::vector<std::string> codable;
    for (const pt::Code& code : payload.codebook.codes())
        if (code.codable)
            codable.push_back(code.id);
    for (std::size_t i = 0; i < count; ++i) {
        pt::Coding coding;
        coding.id = pt::nameBasedGuid("bench/" + std::to_string(i));
        coding.codeId = codable[i % codable.size()];
        coding.coder = "Anna Åberg";
        coding.time = "2026-11-23T10:00:00Z";
        coding.memo = i % 4 == 0 ? "a memo of a few words about the passage" : "";
        coding.text = "We never got the time to meet the family properly, because every meeting competed.";
        coding.speaker = i % 2 ? "Coach 3" : "Interviewer";
        payload.codings.push_back(std::move(coding));
    }
    return payload;
}

/// Opening a document: its records read into codings (once per document and session).
void ReadPayload(benchmark::State& state)
{
    const pt::Records records = pt::payloadRecords(payloadWith(kCodings));
    for (auto _ : state)
        benchmark::DoNotOptimize(pt::CodingSet(pt::readPayload(records).payload));
}
BENCHMARK(ReadPayload)->Unit(benchmark::kMillisecond);

/// The stored form of payloadWith(count): coding records in their packs, the others on their own.
pt::Records storedRecords(std::size_t count)
{
    std::map<std::string, pt::Records> packs;
    pt::Records stored;
    for (auto& [key, text] : pt::payloadRecords(payloadWith(count))) {
        if (const auto pack = pt::packKeyOf(key))
            packs[*pack].emplace(key, text);
        else
            stored.emplace(key, text);
    }
    for (const auto& [pack, records] : packs)
        stored.emplace(pack, pt::encodePack(records));
    return stored;
}

/// Opening a document: its 64 packs unpacked into records (before ReadPayload).
void UnpackRecords(benchmark::State& state)
{
    const pt::Records stored = storedRecords(kCodings);
    for (auto _ : state) {
        pt::Problems problems;
        benchmark::DoNotOptimize(pt::unpackRecords(stored, problems));
    }
}
BENCHMARK(UnpackRecords)->Unit(benchmark::kMillisecond);

/// Coding a passage, in the document: its pack (about 1/64 of the codings) read and written again.
void RewriteOnePack(benchmark::State& state)
{
    const pt::Records stored = storedRecords(kCodings);
    const pt::Coding coding = payloadWith(1).codings.front();
    const std::string key = pt::codingRecordKey(coding.id);
    const std::string pack = *pt::packKeyOf(key);
    for (auto _ : state) {
        pt::Problems problems;
        pt::Records records = pt::decodePack(stored.at(pack), pack, problems);
        records[key] = pt::codingRecord(coding);
        benchmark::DoNotOptimize(pt::encodePack(records));
    }
}
BENCHMARK(RewriteOnePack)->Unit(benchmark::kMicrosecond);

/// Coding a passage: one record written and the in-memory set updated, whatever the number of codings.
void AddOneCoding(benchmark::State& state)
{
    pt::CodingSet codings(payloadWith(static_cast<std::size_t>(state.range(0))));
    pt::Coding coding = payloadWith(1).codings.front();
    std::size_t next = 0;
    for (auto _ : state) {
        coding.id = pt::nameBasedGuid("new/" + std::to_string(next++));
        benchmark::DoNotOptimize(pt::codingRecord(coding));
        codings.put(coding);
    }
}
BENCHMARK(AddOneCoding)->Arg(500)->Arg(kCodings)->Unit(benchmark::kMicrosecond);

/// The codebook tree's counts, as the panel refreshes them.
void CountsForTheTree(benchmark::State& state)
{
    const pt::CodingSet codings(payloadWith(kCodings));
    for (auto _ : state)
        benchmark::DoNotOptimize(pt::subtreeCounts(codings.codebook(), codings.countsByCode()));
}
BENCHMARK(CountsForTheTree)->Unit(benchmark::kMicrosecond);

/// The codings list filtered by speaker, as the panel builds it.
void FilterBySpeaker(benchmark::State& state)
{
    const pt::CodingSet codings(payloadWith(kCodings));
    pt::CodingFilter filter;
    filter.speaker = "Coach 3";
    for (auto _ : state) {
        std::size_t shown = 0;
        for (const pt::Coding* coding : codings.all())
            shown += pt::matches(filter, *coding, codings.codebook());
        benchmark::DoNotOptimize(shown);
    }
}
BENCHMARK(FilterBySpeaker)->Unit(benchmark::kMicrosecond);

/// Issue 6's bar: percent agreement, kappa and alpha (whole text and coded text) for two coders over a
/// transcript of 1,000,000 characters and 30 codes, each coder with 5,000 codings.
void AgreementOfTwoCoders(benchmark::State& state)
{
    constexpr std::size_t kText = 1'000'000;
    std::vector<std::string> codes;
    for (int i = 0; i < 30; ++i)
        codes.push_back("code" + std::to_string(i));
    std::vector<pt::CodedSpan> spans;
    std::uint32_t seed = 7;
    const auto random = [&seed](std::uint32_t below) { seed = seed * 1664525u + 1013904223u; return (seed >> 8) % below; };
    for (const char* coder : {"Anna", "Bo"})
        for (int i = 0; i < 5000; ++i) {
            const std::size_t begin = random(kText - 200);
            spans.push_back({coder, codes[random(30)], begin, begin + 20 + random(150), {}, {}});
        }
    for (auto _ : state)
        benchmark::DoNotOptimize(pt::measureAgreement(spans, {"Anna", "Bo"}, codes, kText));
}
BENCHMARK(AgreementOfTwoCoders)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
