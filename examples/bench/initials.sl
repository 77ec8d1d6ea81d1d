; Initials with dots. Written for Grimoire's examples (SyGuS-IF version 2).
(set-logic SLIA)
(synth-fun initials ((name String)) String)
(declare-var name String)
(constraint (= (initials "Ada Lovelace") "A.L."))
(constraint (= (initials "Grace Hopper") "G.H."))
(constraint (= (initials "Alan Turing") "A.T."))
(check-synth)
