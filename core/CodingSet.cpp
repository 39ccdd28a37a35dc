#include "core/CodingSet.hpp"

namespace pt {

CodingSet::CodingSet(Payload payload)
    : mCodebook(std::move(payload.codebook))
    , mSettings(std::move(payload.settings))
    , mAttributes(std::move(payload.attributes))
    , mHistory(std::move(payload.history))
{
    for (Coding& coding : payload.codings)
        put(std::move(coding));
}

const Coding* CodingSet::find(const std::string& codingId) const
{
    const auto found = mCodings.find(codingId);
    return found == mCodings.end() ? nullptr : &found->second;
}

std::vector<const Coding*> CodingSet::all() const
{
    std::vector<const Coding*> codings;
    codings.reserve(mCodings.size());
    for (const auto& [id, coding] : mCodings)
        codings.push_back(&coding);
    return codings;
}

void CodingSet::put(Coding coding)
{
    remove(coding.id);
    ++mCounts[coding.codeId];
    if (coding.text.find('\n') != std::string::npos)
        mAcrossParagraphs.insert(coding.id);
    const std::string id = coding.id;
    mCodings.emplace(id, std::move(coding));
}

void CodingSet::remove(const std::string& codingId)
{
    const auto found = mCodings.find(codingId);
    if (found == mCodings.end())
        return;
    const auto count = mCounts.find(found->second.codeId);
    if (count != mCounts.end() && --count->second == 0)
        mCounts.erase(count);
    mAcrossParagraphs.erase(codingId);
    mCodings.erase(found);
}

std::map<std::string, std::size_t> subtreeCounts(const Codebook& codebook,
                                                 const std::map<std::string, std::size_t>& counts)
{
    std::map<std::string, std::size_t> totals;
    for (const Code& code : codebook.codes())
        totals[code.id];
    for (const auto& [codeId, count] : counts) {
        // Add to the code and each ancestor; bounded so that a cycle cannot hang us.
        const Code* code = codebook.find(codeId);
        for (std::size_t steps = 0; code && steps <= codebook.codes().size(); ++steps) {
            totals[code->id] += count;
            code = code->parentId.empty() ? nullptr : codebook.find(code->parentId);
        }
    }
    return totals;
}

bool operator==(const CodingFilter& a, const CodingFilter& b)
{
    return a.codeId == b.codeId && a.speaker == b.speaker && a.coder == b.coder;
}

bool operator!=(const CodingFilter& a, const CodingFilter& b)
{
    return !(a == b);
}

bool matches(const CodingFilter& filter, const Coding& coding, const Codebook& codebook)
{
    if (!filter.speaker.empty() && coding.speaker != filter.speaker)
        return false;
    if (!filter.coder.empty() && coding.coder != filter.coder)
        return false;
    if (filter.codeId.empty())
        return true;
    const Code* code = codebook.find(coding.codeId);
    for (std::size_t steps = 0; code && steps <= codebook.codes().size(); ++steps) {
        if (code->id == filter.codeId)
            return true;
        code = code->parentId.empty() ? nullptr : codebook.find(code->parentId);
    }
    return coding.codeId == filter.codeId;
}

} // namespace pt
