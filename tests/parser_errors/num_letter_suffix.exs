123abc
