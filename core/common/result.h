// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace tessera {

// The value of an operation or the typed error that stopped it (an
// expected<T, Error> until the project moves to C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    // Any value T can be made from, so `return QJsonObject{...}` works where
    // T is a type constructible from one.
    template<typename U, typename = std::enable_if_t<!std::is_same_v<std::decay_t<U>, Error> &&
                                                     !std::is_same_v<std::decay_t<U>, Result> &&
                                                     std::is_constructible_v<T, U &&>>>
    Result(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error ? *m_error : noError(); }

private:
    // Success makes no Error (three strings and a list built and dropped
    // on every step of the writer's hot path).
    static const Error &noError()
    {
        static const Error none;
        return none;
    }
    std::optional<Error> m_error;
};

// Shorthand for building an error result: `return fail(ErrorCode::NotFound, msg);`
inline Error fail(ErrorCode code, QString message, QString where = {})
{
    return Error{code, std::move(message), std::move(where)};
}

} // namespace tessera
