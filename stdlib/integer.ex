defmodule Integer do
  @moduledoc """
  Functions and guards for integers.

  Integers have no size limit. Arithmetic itself lives in `Kernel`
  (`+`, `div/2`, `rem/2`, ...); this module adds parsing, conversion to and
  from digits and strings, and a few number-theory helpers.
  """

  @doc "Guard that holds when `integer` is an even integer."
  defguard is_even(integer) when is_integer(integer) and rem(integer, 2) == 0

  @doc "Guard that holds when `integer` is an odd integer."
  defguard is_odd(integer) when is_integer(integer) and rem(integer, 2) != 0

  @doc """
  Returns `base` raised to the non-negative power `exponent`.
  A negative exponent raises `ArithmeticError`.
  """
  @spec pow(integer, non_neg_integer) :: integer
  def pow(base, exponent) when is_integer(base) and is_integer(exponent) do
    if exponent < 0, do: :erlang.error(:badarith)
    power(base, exponent, 1)
  end

  defp power(_base, 0, acc), do: acc

  defp power(base, exponent, acc) when rem(exponent, 2) == 1 do
    power(base * base, div(exponent, 2), acc * base)
  end

  defp power(base, exponent, acc), do: power(base * base, div(exponent, 2), acc)

  @doc """
  Returns the remainder of the floored division: the result has the sign
  of `divisor`. Raises `ArithmeticError` when `divisor` is 0.
  """
  @spec mod(integer, neg_integer | pos_integer) :: integer
  def mod(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    remainder = rem(dividend, divisor)

    if remainder != 0 and remainder < 0 != divisor < 0 do
      remainder + divisor
    else
      remainder
    end
  end

  @doc """
  Divides and rounds towards negative infinity. Raises `ArithmeticError`
  when `divisor` is 0.
  """
  @spec floor_div(integer, neg_integer | pos_integer) :: integer
  def floor_div(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    quotient = div(dividend, divisor)

    if rem(dividend, divisor) != 0 and dividend < 0 != divisor < 0 do
      quotient - 1
    else
      quotient
    end
  end

  @doc """
  Returns the digits of `integer` in `base`, most significant first.
  The digits of a negative integer are negative.
  """
  @spec digits(integer, pos_integer) :: [integer, ...]
  def digits(integer, base \\ 10)
      when is_integer(integer) and is_integer(base) and base >= 2 do
    if integer == 0, do: [0], else: collect_digits(integer, base, [])
  end

  defp collect_digits(0, _base, acc), do: acc

  defp collect_digits(integer, base, acc) do
    collect_digits(div(integer, base), base, [rem(integer, base) | acc])
  end

  @doc """
  Turns a list of digits in `base` back into an integer. Raises
  `ArgumentError` when a digit is not below `base`.
  """
  @spec undigits([integer], pos_integer) :: integer
  def undigits(digits, base \\ 10) when is_list(digits) and is_integer(base) and base >= 2 do
    combine_digits(digits, base, 0)
  end

  defp combine_digits([], _base, acc), do: acc

  defp combine_digits([digit | _], base, _acc) when is_integer(digit) and digit >= base do
    raise ArgumentError, "invalid digit #{digit} in base #{base}"
  end

  defp combine_digits([digit | rest], base, acc) when is_integer(digit) do
    combine_digits(rest, base, acc * base + digit)
  end

  @doc """
  Reads an integer in `base` (2 to 36) from the start of `binary`, with an
  optional sign. Returns `{integer, rest}`, or `:error` when no digit is found.
  """
  @spec parse(binary, 2..36) :: {integer, remainder_of_binary :: binary} | :error
  def parse(binary, base \\ 10)

  def parse(binary, base) when is_binary(binary) and is_integer(base) and base in 2..36 do
    case binary do
      <<?-, rest::binary>> -> parse_signed(rest, base, -1)
      <<?+, rest::binary>> -> parse_signed(rest, base, 1)
      _ -> parse_signed(binary, base, 1)
    end
  end

  def parse(binary, base) when is_binary(binary) do
    raise ArgumentError, "invalid base #{inspect(base)}"
  end

  defp parse_signed(binary, base, sign) do
    case parse_digits(binary, base, 0, 0) do
      {_value, 0, _rest} -> :error
      {value, _count, rest} -> {sign * value, rest}
    end
  end

  defp parse_digits(<<char, rest::binary>> = binary, base, acc, count) do
    case digit_value(char) do
      value when value < base -> parse_digits(rest, base, acc * base + value, count + 1)
      _ -> {acc, count, binary}
    end
  end

  defp parse_digits(<<>>, _base, acc, count), do: {acc, count, <<>>}

  defp digit_value(char) when char >= ?0 and char <= ?9, do: char - ?0
  defp digit_value(char) when char >= ?a and char <= ?z, do: char - ?a + 10
  defp digit_value(char) when char >= ?A and char <= ?Z, do: char - ?A + 10
  defp digit_value(_char), do: 99

  @doc "Returns the text of `integer` in `base` (2 to 36), upper-case letters for digits above 9."
  @spec to_string(integer, 2..36) :: String.t()
  def to_string(integer), do: :erlang.integer_to_binary(integer)
  def to_string(integer, base), do: :erlang.integer_to_binary(integer, base)

  @doc "Returns the charlist of `integer` in `base` (2 to 36)."
  @spec to_charlist(integer, 2..36) :: charlist
  def to_charlist(integer), do: :erlang.integer_to_list(integer)
  def to_charlist(integer, base), do: :erlang.integer_to_list(integer, base)

  @doc false
  @deprecated "Use Integer.to_charlist/1 instead"
  def to_char_list(integer), do: :erlang.integer_to_list(integer)

  @doc false
  @deprecated "Use Integer.to_charlist/2 instead"
  def to_char_list(integer, base), do: :erlang.integer_to_list(integer, base)

  @doc "Returns the greatest common divisor of the two integers, never negative; `gcd(0, 0)` is 0."
  @spec gcd(integer, integer) :: non_neg_integer
  def gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    euclid(abs(integer1), abs(integer2))
  end

  defp euclid(a, 0), do: a
  defp euclid(a, b), do: euclid(b, rem(a, b))

  @doc """
  Returns `{gcd, s, t}` such that `integer1 * s + integer2 * t == gcd`
  (Bézout coefficients, found with the extended Euclidean algorithm).
  """
  @spec extended_gcd(integer, integer) :: {non_neg_integer, integer, integer}
  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, integer2) when is_integer(integer2), do: {integer2, 0, 1}
  def extended_gcd(integer1, 0) when is_integer(integer1), do: {integer1, 1, 0}

  def extended_gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    bezout(integer2, integer1, 0, 1, 1, 0)
  end

  # Invariant: each remainder r equals integer1 * s + integer2 * t for its (s, t).
  defp bezout(r, previous_r, s, previous_s, t, previous_t) do
    quotient = div(previous_r, r)

    case previous_r - quotient * r do
      0 ->
        if r > 0, do: {r, s, t}, else: {-r, -s, -t}

      next_r ->
        bezout(next_r, r, previous_s - quotient * s, s, previous_t - quotient * t, t)
    end
  end
end
