#include "core/Problem.hpp"

namespace pt {

std::string Problem::describe() const
{
    return where.empty() ? what : where + ": " + what;
}

std::string describe(const Problems& problems)
{
    std::string text;
    for (const Problem& problem : problems) {
        if (!text.empty())
            text += '\n';
        text += problem.describe();
    }
    return text;
}

InvalidInput::InvalidInput(const std::string& summary, Problems problems)
    : std::runtime_error(problems.empty() ? summary : summary + "\n" + pt::describe(problems))
    , mProblems(std::move(problems))
{
}

InvalidInput::InvalidInput(Problem problem)
    : std::runtime_error(problem.describe())
    , mProblems{std::move(problem)}
{
}

Refusal::Refusal(std::string field, const std::string& message)
    : InvalidInput(message, {})
    , mField(std::move(field))
{
}

} // namespace pt
