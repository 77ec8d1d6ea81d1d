; The domain of an e-mail address. Written for Grimoire's examples (SyGuS-IF version 2).
(set-logic SLIA)
(synth-fun domain ((email String)) String)
(declare-var email String)
(constraint (= (domain "ada@lovelace.org") "lovelace.org"))
(constraint (= (domain "grace.hopper@navy.mil") "navy.mil"))
(constraint (= (domain "alan@turing.ac.uk") "turing.ac.uk"))
(check-synth)
