# Section 4.2.3: updating deep inside nested data returns a new outer value;
# put_in, update_in and get_in follow a path of keys.
company = %{
  name: "Orbit",
  teams: %{
    "web" => %{lead: "Ana", members: ["Ana", "Ben"]},
    "data" => %{lead: "Cho", members: ["Cho"]}
  }
}

moved = put_in(company, [:teams, "data", :lead], "Dev")
IO.inspect(moved.teams["data"])
IO.inspect(company.teams["data"])

grown = update_in(company, [:teams, "web", :members], &(&1 ++ ["Eve"]))
IO.inspect(get_in(grown, [:teams, "web", :members]))

# The macro forms read like field access.
renamed = put_in(company.name, "Orbit Labs")
IO.inspect(renamed.name)
bigger = update_in(company[:teams]["data"][:members], &["Fay" | &1])
IO.inspect(bigger.teams["data"].members)

# By hand, the same update rebuilds every level on the way.
by_hand = %{company | teams: %{company.teams | "web" => %{company.teams["web"] | lead: "Ben"}}}
IO.inspect(by_hand.teams["web"].lead)
