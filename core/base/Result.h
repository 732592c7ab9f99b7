#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cc {

/// Why a core operation refused or failed. The CLI maps these onto its exit codes.
enum class ErrorCode {
    Validation,       ///< input is malformed; message names the field
    Permission,       ///< the acting user's role may not do this
    NotFound,         ///< the named thing does not exist
    Conflict,         ///< the state of the data forbids it (duplicate, wrong state)
    WrongCredentials, ///< sign-in refused (never says whether user or password was wrong)
    Locked,           ///< account locked after too many failed sign-ins
    Busy,             ///< another writer held the database past the busy timeout
    DatabaseUnusable, ///< corrupt, newer schema, foreign file, cannot open
    Internal,         ///< a bug or an unexpected SQL failure
};

/// An error as a value: a code for programs and a translated sentence for people.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

/// A value or an error. Core never throws across its API and never shows dialogs.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (x : f().value())` must not dangle.
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }

    const Error& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace cc
