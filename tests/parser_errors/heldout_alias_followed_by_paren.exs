# An alias directly followed by `(` gets its own explanation.
Mix.Projectin_project(:ok)
