# `in` works in guards with literal lists and ranges; defguard names guards.
defmodule Weekday do
  @weekend [:sat, :sun]
  def kind(day) when day in @weekend, do: :weekend
  def kind(day) when day in [:mon, :tue, :wed, :thu, :fri], do: :weekday
  def kind(_), do: :unknown

  def grade(score) when score in 90..100, do: "A"
  def grade(score) when score in 80..89, do: "B"
  def grade(score) when score in 0..79//1, do: "C"
  def grade(_), do: "?"
end

defmodule Guards do
  defguard is_positive(x) when x > 0
  defguard is_small_even(x) when is_integer(x) and rem(x, 2) == 0 and x < 100
  defguardp is_vowel(c) when c in 'aeiou'

  def describe(x) when is_positive(x) and is_small_even(x), do: :small_even_positive
  def describe(x) when is_positive(x), do: :positive
  def describe(_), do: :other

  def vowels(word), do: word |> to_charlist() |> Enum.count(&vowel?/1)
  defp vowel?(c) when is_vowel(c), do: true
  defp vowel?(_), do: false
end

IO.inspect(Enum.map([:sat, :mon, :xyz], &Weekday.kind/1))
IO.inspect(Enum.map([95, 85, 50, 101, 89.5], &Weekday.grade/1))
IO.inspect(Enum.map([4, 5, 200, -2, 1.5], &Guards.describe/1))
IO.inspect(Guards.vowels("education"))
x = 3
IO.inspect(x in [1, 2, 3] and x not in 4..5)
