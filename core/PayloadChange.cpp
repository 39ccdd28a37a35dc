#include "core/PayloadChange.hpp"

namespace pt {

void PayloadChange::merge(const PayloadChange& later)
{
    everything = everything || later.everything;
    if (everything)
        codings.clear();
    else
        codings.insert(later.codings.begin(), later.codings.end());
}

} // namespace pt
