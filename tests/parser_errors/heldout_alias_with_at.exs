# `@` inside an alias is an invalid alias character.
registered = [ExUnit.OnExi@tHandler]
