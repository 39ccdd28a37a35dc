#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace pt {

/// One thing wrong with outside input, located by a path into it ("codings[3].codeId").
struct Problem {
    std::string where;
    std::string what;

    std::string describe() const;
};

using Problems = std::vector<Problem>;

/// One line per problem, for messages shown to users.
std::string describe(const Problems& problems);

/// Thrown where outside input is accepted whole or not at all.
class InvalidInput : public std::runtime_error {
public:
    InvalidInput(const std::string& summary, Problems problems);
    explicit InvalidInput(Problem problem);

    const Problems& problems() const noexcept { return mProblems; }

private:
    Problems mProblems;
};

/// A request refused because of one of its parts, named by `field` ("document", "passage", "code",
/// "coding", "codebook"); what() says why, in words for the user. Where the request came through the API,
/// its edge turns the field into the position of the argument that carried it.
class Refusal : public InvalidInput {
public:
    Refusal(std::string field, const std::string& message);

    const std::string& field() const noexcept { return mField; }

private:
    std::string mField;
};

} // namespace pt
