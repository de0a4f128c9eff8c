#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace kith {

// A value or an Error, in the spirit of std::expected (C++23), which the compilers Kith
// targets do not all ship yet.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }
    // The error's message, or an empty string when there is none.
    QString errorMessage() const { return ok() ? QString() : error().message(); }

private:
    std::variant<T, Error> m_data;
};

// The outcome of an operation that returns nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    template <typename T>
    Status(const Result<T> &result)
    {
        if (!result.ok())
            m_error = result.error();
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message(); }

private:
    std::optional<Error> m_error;
};

} // namespace kith
