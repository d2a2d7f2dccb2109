#!/usr/bin/env bash
# Every accuracy figure in the README, from the dev data in ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
D="${DATELINE_SHARED:-../shared}/data"
DL="${DL:-.venv/bin/dateline}"
echo "== time (TempEval-3 scoring)";   $DL eval time --gold "$D/timex/timebank.jsonl" --gold "$D/timex/aquaint.jsonl"
TD=tests/time/data
echo "== time (Timeline17 news annotated blind: A-C opened, D-E held out for one run; tests/time/data/README.md)"
$DL eval time --gold $TD/t17_timex_A.jsonl --gold $TD/t17_timex_B.jsonl --gold $TD/t17_timex_C.jsonl \
    --gold $TD/t17_timex_D.jsonl --gold $TD/t17_timex_E.jsonl
echo "== time (F-G: annotated blind at the eleventh session's start, scored once, then opened)"
$DL eval time --gold $TD/t17_timex_F.jsonl --gold $TD/t17_timex_G.jsonl
echo "== time (H-I: annotated blind after F-G's fixes, scored once, then opened)"
$DL eval time --gold $TD/t17_timex_H.jsonl --gold $TD/t17_timex_I.jsonl
echo "== actors (PLOVER gold)";        $DL eval actors --gold "$D/events/plover_gsr_dev.jsonl"
echo "== places: LGL";                 $DL eval places --gold "$D/geo/lgl.jsonl"
echo "== places: GeoVirus";            $DL eval places --gold "$D/geo/geovirus.jsonl"
echo "== events (PLOVER gold)";        $DL eval events --gold "$D/events/plover_gsr_dev.jsonl"
$DL eval events --events main --gold "$D/events/plover_gsr_dev.jsonl"
# The check, holdout and lead sets code every act a sentence names: they are scored on every
# event (--events all). The PLOVER gold, the GSR-style and the CAMEO-style sets code the one
# event a sentence reports: they are scored on the one event dateline says each sentence leads
# with (the default since the twentieth session; --events main: every event it marks reported).
echo "== events (hand-coded wire news, tests/events/data: sets 1-3, tuned on)"
$DL eval events --events all --gold tests/events/data/t17_check.jsonl tests/events/data/t17_check2.jsonl \
    tests/events/data/t17_check3.jsonl
E=tests/events/data
# a held-out round's three scorings: CAMEO-style (the sentences with a coded event, their
# `main` events, every sentence) and GSR-style (`lead`, `main`, every event)
cameo_round() {
    $DL eval events --coded-only --gold "$@"
    $DL eval events --coded-only --events main --gold "$@"
    $DL eval events --gold "$@"
}
gsr_round() {
    $DL eval events --gold "$@"
    $DL eval events --events main --gold "$@"
    $DL eval events --events all --gold "$@"
}
echo "== events (hand-coded wire news, sets 4-5: held out until the fourth pass)"
$DL eval events --events all --gold $E/t17_holdout4.jsonl $E/t17_holdout5.jsonl
echo "== events (sets 4-5 as coded by a second coder)"
$DL eval events --events all --gold $E/t17_holdout4_coder2.jsonl $E/t17_holdout5_coder2.jsonl
echo "== events (lead sentences 6-9: errors opened in the sixth pass)"
$DL eval events --events all --gold $E/t17_lead6.jsonl
$DL eval events --events all --gold $E/t17_lead7.jsonl
$DL eval events --events all --gold $E/t17_lead8.jsonl
$DL eval events --events all --gold $E/t17_lead9.jsonl
echo "== events (lead sets 6-9 pooled)"
$DL eval events --events all --gold $E/t17_lead6.jsonl $E/t17_lead7.jsonl $E/t17_lead8.jsonl $E/t17_lead9.jsonl
echo "== events (lead sets 10 and 11: held out until one run in the sixth pass, then opened)"
$DL eval events --events all --gold $E/t17_lead10.jsonl $E/t17_lead11.jsonl
echo "== events (lead sets 12 and 13: held out until one run in the sixth pass, then opened)"
$DL eval events --events all --gold $E/t17_lead12.jsonl $E/t17_lead13.jsonl
echo "== events (lead sets 14 and 15: held out until one run after the sixth pass, then opened)"
$DL eval events --events all --gold $E/t17_lead14.jsonl
$DL eval events --events all --gold $E/t17_lead15.jsonl
$DL eval events --events all --gold $E/t17_lead14.jsonl $E/t17_lead15.jsonl
echo "== events (lead sets 10-15 pooled: opened in the seventh pass)"
$DL eval events --events all --gold $E/t17_lead10.jsonl $E/t17_lead11.jsonl $E/t17_lead12.jsonl \
    $E/t17_lead13.jsonl $E/t17_lead14.jsonl $E/t17_lead15.jsonl
echo "== events (lead sets 16 and 17: held out, scored once after the seventh pass, opened in the eighth)"
$DL eval events --events all --gold $E/t17_lead16.jsonl
$DL eval events --events all --gold $E/t17_lead17.jsonl
$DL eval events --events all --gold $E/t17_lead16.jsonl $E/t17_lead17.jsonl
echo "== events (lead sets 10-17 pooled)"
$DL eval events --events all --gold $E/t17_lead10.jsonl $E/t17_lead11.jsonl $E/t17_lead12.jsonl \
    $E/t17_lead13.jsonl $E/t17_lead14.jsonl $E/t17_lead15.jsonl $E/t17_lead16.jsonl \
    $E/t17_lead17.jsonl
echo "== events (lead sets 18 and 19: held out, scored once after the eighth pass, opened in the ninth)"
$DL eval events --events all --gold $E/t17_lead18.jsonl
$DL eval events --events all --gold $E/t17_lead19.jsonl
$DL eval events --events all --gold $E/t17_lead18.jsonl $E/t17_lead19.jsonl
echo "== events (lead sets 10-19 pooled)"
$DL eval events --events all --gold $E/t17_lead1[0-9].jsonl
echo "== events (fresh lead sets 20 and 21: held out, scored once after the ninth pass)"
$DL eval events --events all --gold $E/t17_lead20.jsonl
$DL eval events --events all --gold $E/t17_lead21.jsonl
$DL eval events --events all --gold $E/t17_lead20.jsonl $E/t17_lead21.jsonl
echo "== events (lead sets 22 and 23: held out, scored once at 4c3f02f in the sixth session, then opened)"
$DL eval events --events all --gold $E/t17_lead22.jsonl $E/t17_lead23.jsonl
echo "== events (lead sets 24 and 25: held out, scored once after the sixth session's last change, then opened)"
$DL eval events --events all --gold $E/t17_lead24.jsonl $E/t17_lead25.jsonl
echo "== events (lead sets 20-25 pooled: opened in the seventh session)"
$DL eval events --events all --gold $E/t17_lead2[0-5].jsonl
echo "== events (fresh lead sets 26 and 27: coded before the seventh session's changes, scored once after them)"
$DL eval events --events all --gold $E/t17_lead26.jsonl $E/t17_lead27.jsonl
echo "== events (fresh lead sets 28 and 29: coded during the seventh session, scored once after it)"
$DL eval events --events all --gold $E/t17_lead28.jsonl $E/t17_lead29.jsonl
echo "== events (CAMEO-style sets 1 and 2, one event per sentence: opened in the seventh session)"
$DL eval events --coded-only --gold $E/t17_cameo1.jsonl $E/t17_cameo2.jsonl
echo "== events (fresh CAMEO-style sets 3 and 4: scored once after the seventh session)"
$DL eval events --coded-only --gold $E/t17_cameo3.jsonl $E/t17_cameo4.jsonl
echo "== events (CAMEO-style sets 5-6: random sentences in stream order, coded blind at the sixteenth session, held out for one run with its start and final code)"
$DL eval events --coded-only --gold $E/t17_cameo5.jsonl $E/t17_cameo6.jsonl
$DL eval events --gold $E/t17_cameo5.jsonl $E/t17_cameo6.jsonl
echo "== events (CAMEO-style sets 7-9: random sentences in stream order, coded blind at the seventeenth session's start, held out for one run with its start and final code)"
$DL eval events --coded-only --gold $E/t17_cameo7.jsonl $E/t17_cameo8.jsonl $E/t17_cameo9.jsonl
$DL eval events --gold $E/t17_cameo7.jsonl $E/t17_cameo8.jsonl $E/t17_cameo9.jsonl
echo "== events (CAMEO-style sets 10-12: random sentences in stream order, coded blind at the eighteenth session's start, held out for one run with its start and final code)"
$DL eval events --coded-only --gold $E/t17_cameo10.jsonl $E/t17_cameo11.jsonl $E/t17_cameo12.jsonl
$DL eval events --gold $E/t17_cameo10.jsonl $E/t17_cameo11.jsonl $E/t17_cameo12.jsonl
echo "== events (CAMEO-style sets 13-15: random sentences in stream order, coded blind at the nineteenth session's start, held out for one run with its start and final code)"
$DL eval events --coded-only --gold $E/t17_cameo13.jsonl $E/t17_cameo14.jsonl $E/t17_cameo15.jsonl
$DL eval events --gold $E/t17_cameo13.jsonl $E/t17_cameo14.jsonl $E/t17_cameo15.jsonl
echo "== events (CAMEO-style sets 16-18: random sentences in stream order, coded blind at the twentieth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo16.jsonl $E/t17_cameo17.jsonl $E/t17_cameo18.jsonl
echo "== events (CAMEO-style sets 19-21: random sentences in stream order, coded blind at the twenty-first session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo19.jsonl $E/t17_cameo20.jsonl $E/t17_cameo21.jsonl
echo "== events (CAMEO-style sets 22-24: random sentences in stream order, coded blind at the twenty-second session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo22.jsonl $E/t17_cameo23.jsonl $E/t17_cameo24.jsonl
echo "== events (CAMEO-style sets 25-27: random sentences in stream order, coded blind at the twenty-third session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo25.jsonl $E/t17_cameo26.jsonl $E/t17_cameo27.jsonl
echo "== events (CAMEO-style sets 28-30: random sentences in stream order, coded blind at the twenty-fourth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo28.jsonl $E/t17_cameo29.jsonl $E/t17_cameo30.jsonl
echo "== events (CAMEO-style sets 31-33: random sentences in stream order, coded blind at the twenty-fifth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo31.jsonl $E/t17_cameo32.jsonl $E/t17_cameo33.jsonl
echo "== events (CAMEO-style sets 34-36: random sentences in stream order, coded blind at the twenty-sixth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo34.jsonl $E/t17_cameo35.jsonl $E/t17_cameo36.jsonl
echo "== events (CAMEO-style sets 37-39: random sentences in stream order, coded blind at the twenty-seventh session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo37.jsonl $E/t17_cameo38.jsonl $E/t17_cameo39.jsonl
echo "== events (CAMEO-style sets 40-42: random sentences in stream order, coded blind at the twenty-eighth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo40.jsonl $E/t17_cameo41.jsonl $E/t17_cameo42.jsonl
echo "== events (CAMEO-style sets 43-45: random sentences in stream order, coded blind at the twenty-ninth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo43.jsonl $E/t17_cameo44.jsonl $E/t17_cameo45.jsonl
echo "== events (CAMEO-style sets 46-48: random sentences in stream order, coded blind at the thirtieth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo46.jsonl $E/t17_cameo47.jsonl $E/t17_cameo48.jsonl
echo "== events (CAMEO-style sets 49-51: random sentences in stream order, coded blind at the thirty-first session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo49.jsonl $E/t17_cameo50.jsonl $E/t17_cameo51.jsonl
echo "== events (CAMEO-style sets 52-54: random sentences in stream order, coded blind at the thirty-second session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo52.jsonl $E/t17_cameo53.jsonl $E/t17_cameo54.jsonl
echo "== events (CAMEO-style sets 55-57: random sentences in stream order, coded blind at the thirty-third session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo55.jsonl $E/t17_cameo56.jsonl $E/t17_cameo57.jsonl
echo "== events (CAMEO-style sets 58-60: random sentences in stream order, coded blind at the thirty-fourth session's start, held out for one run with its start and final code)"
cameo_round $E/t17_cameo58.jsonl $E/t17_cameo59.jsonl $E/t17_cameo60.jsonl
# the pooled CAMEO-style figures up to each round's last set (3 on: each held out when first
# scored; 1 on: every set), the latest first
cameo_sets() { local i; for i in $(seq "$1" "$2"); do echo "$E/t17_cameo$i.jsonl"; done; }
for last in 60 57 54 51 48 45 42 39 36 33 30 27 24 21; do
    echo "== events (CAMEO-style sets 3-$last pooled: each held out when first scored; and 1-$last)"
    $DL eval events --coded-only --gold $(cameo_sets 3 $last)
    $DL eval events --coded-only --gold $(cameo_sets 1 $last)
done
$DL eval events --coded-only --events main --gold $(cameo_sets 1 21)
echo "== events (all CAMEO-style sets, every sentence: what dateline codes where the coders coded nothing)"
$DL eval events --gold $E/t17_cameo[1-4].jsonl
echo "== events (GSR-style sets b and d, one event per sentence picked per type: opened in the eighth session)"
$DL eval events --gold $E/t17_gsr_b.jsonl
$DL eval events --gold $E/t17_gsr_d.jsonl
echo "== events (GSR-style sets a, c and e: coded blind, scored once after the eighth session)"
$DL eval events --gold $E/t17_gsr_a.jsonl $E/t17_gsr_c.jsonl $E/t17_gsr_e.jsonl
echo "== events (GSR-style sets f and g: coded blind after the eighth session's last change, scored once)"
$DL eval events --gold $E/t17_gsr_f.jsonl $E/t17_gsr_g.jsonl
echo "== events (GSR-style sets h-k: coded blind at the ninth session's start, scored once after its first pass, then opened)"
$DL eval events --gold $E/t17_gsr_h.jsonl $E/t17_gsr_i.jsonl $E/t17_gsr_j.jsonl $E/t17_gsr_k.jsonl
echo "== events (GSR-style sets l-o: coded blind after h-k were scored, scored once at the ninth session's first merge, then opened)"
$DL eval events --gold $E/t17_gsr_l.jsonl $E/t17_gsr_m.jsonl $E/t17_gsr_n.jsonl $E/t17_gsr_o.jsonl
echo "== events (GSR-style sets p-s: coded blind after l-o were scored, scored once with the ninth session's final code)"
$DL eval events --gold $E/t17_gsr_p.jsonl $E/t17_gsr_q.jsonl $E/t17_gsr_r.jsonl $E/t17_gsr_s.jsonl
echo "== events (GSR-style sets t-w: coded blind at the tenth session's start, scored once with its final code)"
$DL eval events --gold $E/t17_gsr_t.jsonl $E/t17_gsr_u.jsonl $E/t17_gsr_v.jsonl $E/t17_gsr_w.jsonl
echo "== events (GSR-style sets x-z: coded blind at the eleventh session's start, scored once with its start code)"
$DL eval events --gold $E/t17_gsr_x.jsonl $E/t17_gsr_y.jsonl $E/t17_gsr_z.jsonl
echo "== events (GSR-style sets aa-ac: coded blind after the eleventh session's pass, scored once)"
$DL eval events --gold $E/t17_gsr_aa.jsonl $E/t17_gsr_ab.jsonl $E/t17_gsr_ac.jsonl
echo "== events (GSR-style sets ad-af: coded blind at the twelfth session's start, scored once with its start and final code)"
$DL eval events --gold $E/t17_gsr_ad.jsonl $E/t17_gsr_ae.jsonl $E/t17_gsr_af.jsonl
echo "== GSR-style sets ag-ai: coded blind at the fifteenth session's start, scored with its start code (every event) and once with its final code"
$DL eval events --gold $E/t17_gsr_ag.jsonl $E/t17_gsr_ah.jsonl $E/t17_gsr_ai.jsonl
$DL eval events --events all --gold $E/t17_gsr_ag.jsonl $E/t17_gsr_ah.jsonl $E/t17_gsr_ai.jsonl
echo "== events (GSR-style aj-al: coded blind at the sixteenth session's start, committed before any run, scored with its start and its final code)"
$DL eval events --gold $E/t17_gsr_aj.jsonl $E/t17_gsr_ak.jsonl $E/t17_gsr_al.jsonl
$DL eval events --events all --gold $E/t17_gsr_aj.jsonl $E/t17_gsr_ak.jsonl $E/t17_gsr_al.jsonl
echo "== events (GSR-style am-ao: coded blind at the seventeenth session's start, committed before any run, scored with its start and its final code, then opened)"
$DL eval events --gold $E/t17_gsr_am.jsonl $E/t17_gsr_an.jsonl $E/t17_gsr_ao.jsonl
$DL eval events --events all --gold $E/t17_gsr_am.jsonl $E/t17_gsr_an.jsonl $E/t17_gsr_ao.jsonl
echo "== events (GSR-style ap-ar: coded blind at the eighteenth session's start, committed before any run, scored with its start and its final code, then opened)"
$DL eval events --gold $E/t17_gsr_ap.jsonl $E/t17_gsr_aq.jsonl $E/t17_gsr_ar.jsonl
$DL eval events --events all --gold $E/t17_gsr_ap.jsonl $E/t17_gsr_aq.jsonl $E/t17_gsr_ar.jsonl
echo "== events (GSR-style as-au: coded blind at the nineteenth session's start, committed before any run, scored with its start and its final code)"
$DL eval events --gold $E/t17_gsr_as.jsonl $E/t17_gsr_at.jsonl $E/t17_gsr_au.jsonl
$DL eval events --events all --gold $E/t17_gsr_as.jsonl $E/t17_gsr_at.jsonl $E/t17_gsr_au.jsonl
echo "== events (GSR-style av-ax: coded blind at the twentieth session's start, committed before any run, scored with its start and its final code)"
gsr_round $E/t17_gsr_av.jsonl $E/t17_gsr_aw.jsonl $E/t17_gsr_ax.jsonl
echo "== events (GSR-style ay-ba: coded blind at the twenty-first session's start, committed before any run, scored with its start and its final code)"
gsr_round $E/t17_gsr_ay.jsonl $E/t17_gsr_az.jsonl $E/t17_gsr_ba.jsonl
echo "== events (GSR-style bb-bd: coded blind at the twenty-second session's start, committed before any run, scored with its start and its final code)"
gsr_round $E/t17_gsr_bb.jsonl $E/t17_gsr_bc.jsonl $E/t17_gsr_bd.jsonl
echo "== events (GSR-style be-bg: coded blind at the twenty-third session's start with the brief's conventions aligned with the dev gold, committed before any run, scored with its start and its final code)"
gsr_round $E/t17_gsr_be.jsonl $E/t17_gsr_bf.jsonl $E/t17_gsr_bg.jsonl
echo "== events (GSR-style bh-bj: coded blind at the twenty-fourth session's start, committed before any run, scored with its start and its final code; short of rare types after the stream's keyword search)"
gsr_round $E/t17_gsr_bh.jsonl $E/t17_gsr_bi.jsonl $E/t17_gsr_bj.jsonl
echo "== events (GSR-style bk-bm: coded blind at the twenty-fifth session's start, committed before any run, scored with its start and its final code; short of rare types after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_bk.jsonl $E/t17_gsr_bl.jsonl $E/t17_gsr_bm.jsonl
echo "== events (GSR-style bn-bp: coded blind at the twenty-sixth session's start, committed before any run, scored with its start and its final code; short of rare types after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_bn.jsonl $E/t17_gsr_bo.jsonl $E/t17_gsr_bp.jsonl
echo "== events (GSR-style bq-bs: coded blind at the twenty-seventh session's start, committed before any run, scored with its start and its final code)"
gsr_round $E/t17_gsr_bq.jsonl $E/t17_gsr_br.jsonl $E/t17_gsr_bs.jsonl
echo "== events (GSR-style bt-bv: coded blind at the twenty-eighth session's start, committed before any run, scored with its start and its final code; short of rare types after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_bt.jsonl $E/t17_gsr_bu.jsonl $E/t17_gsr_bv.jsonl
echo "== events (GSR-style bw-by: coded blind at the twenty-ninth session's start, committed before any run, scored with its start and its final code; short of COOPERATE and RETREAT after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_bw.jsonl $E/t17_gsr_bx.jsonl $E/t17_gsr_by.jsonl
echo "== events (GSR-style bz-cb: coded blind at the thirtieth session's start, committed before any run, scored with its start and its final code; short of rare types after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_bz.jsonl $E/t17_gsr_ca.jsonl $E/t17_gsr_cb.jsonl
echo "== events (GSR-style cc-ce: coded blind at the thirty-first session's start, committed before any run, scored with its start and its final code; short of rare types after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_cc.jsonl $E/t17_gsr_cd.jsonl $E/t17_gsr_ce.jsonl
echo "== events (GSR-style cf-ch: coded blind at the thirty-second session's start, committed before any run, scored with its start and its final code; short of rare types after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_cf.jsonl $E/t17_gsr_cg.jsonl $E/t17_gsr_ch.jsonl
echo "== events (GSR-style ci-ck: coded blind at the thirty-third session's start, committed before any run, scored with its start and its final code; short of RETREAT, CONCEDE and COOPERATE after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_ci.jsonl $E/t17_gsr_cj.jsonl $E/t17_gsr_ck.jsonl
echo "== events (GSR-style cl-cn: coded blind at the thirty-fourth session's start, committed before any run, scored with its start and its final code; 76, 49 and 68 of 88 sentences, short of RETREAT, SANCTION, CONCEDE and COOPERATE after keyword search to the streams' ends)"
gsr_round $E/t17_gsr_cl.jsonl $E/t17_gsr_cm.jsonl $E/t17_gsr_cn.jsonl
# the pooled GSR-style figures up to each round's last set (ag on: each held out for its first
# runs; a on: every set of the time), the latest first
for last in n k h e b; do
    echo "== GSR-style sets ag-c$last pooled (each held out for its first runs), and a-c$last (every set opened)"
    $DL eval events --gold $E/t17_gsr_a[g-z].jsonl $E/t17_gsr_b[a-z].jsonl $E/t17_gsr_c[a-$last].jsonl
    $DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-z].jsonl $E/t17_gsr_b[a-z].jsonl $E/t17_gsr_c[a-$last].jsonl
done
for last in y v s p m j; do
    echo "== GSR-style sets ag-b$last pooled (each held out for its first runs), and a-b$last"
    $DL eval events --gold $E/t17_gsr_a[g-z].jsonl $E/t17_gsr_b[a-$last].jsonl
    $DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-z].jsonl $E/t17_gsr_b[a-$last].jsonl
done
echo "== GSR-style sets ag-bg pooled (each held out for its first runs)"
$DL eval events --gold $E/t17_gsr_a[g-z].jsonl $E/t17_gsr_b[a-g].jsonl
echo "== GSR-style sets ag-ar, ag-au, ag-ax, ag-ba and ag-bd pooled (each held out for its first runs)"
$DL eval events --gold $E/t17_gsr_a[g-r].jsonl
$DL eval events --gold $E/t17_gsr_a[g-u].jsonl
$DL eval events --gold $E/t17_gsr_a[g-x].jsonl
$DL eval events --gold $E/t17_gsr_a[g-z].jsonl $E/t17_gsr_ba.jsonl
$DL eval events --gold $E/t17_gsr_a[g-z].jsonl $E/t17_gsr_b[a-d].jsonl
echo "== GSR-style sets a-au pooled (opened): the lead, and every reported event"
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-u].jsonl
$DL eval events --events main --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-u].jsonl
echo "== GSR-style sets a-ax pooled (the opened sets the twenty-first session's pass read)"
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-x].jsonl
echo "== GSR-style sets a-ba pooled (the opened sets the twenty-second session's pass read), and a-bd (every set opened)"
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-z].jsonl $E/t17_gsr_ba.jsonl
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-z].jsonl $E/t17_gsr_b[a-d].jsonl
echo "== GSR-style sets a-af pooled (opened): the events each sentence reports, and every event"
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-f].jsonl
$DL eval events --events all --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-f].jsonl
echo "== GSR-style sets a-al pooled (the opened sets the seventeenth session's pass read)"
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-l].jsonl
echo "== GSR-style sets a-ao pooled (the opened sets the eighteenth session's pass read), and a-ar"
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-o].jsonl
$DL eval events --gold $E/t17_gsr_?.jsonl $E/t17_gsr_a[a-r].jsonl
echo "== which acts a sentence reports (main set 1: 224 acts in 100 random sentences, judged blind)"
$DL eval status --gold $E/t17_main_1.jsonl
echo "== how each event is told (status check sets: set 1 opened, set 2 held out; set 1 as read by a second reader)"
$DL eval status --gold $E/t17_status_1.jsonl
$DL eval status --gold $E/t17_status_2.jsonl
$DL eval status --gold $E/t17_status_1_coder2.jsonl
echo "== event dates (acts in dated sentences: set 1 opened, set 2 held out for one run; 50 of set 1 as read by a second reader)"
$DL eval status --gold $E/t17_dates_1.jsonl
$DL eval status --gold $E/t17_dates_2.jsonl
$DL eval status --gold $E/t17_dates_1.jsonl $E/t17_dates_2.jsonl
$DL eval status --gold $E/t17_dates_1_coder2.jsonl
echo "== status set 3 and negation set 1 (read blind at the fourteenth session's start, held out for one run, then opened; negation set 1's first 50 acts as read by a second reader)"
$DL eval status --gold $E/t17_status_3.jsonl
$DL eval status --gold $E/t17_negation_1.jsonl
$DL eval status --gold $E/t17_negation_1_coder2.jsonl
echo "== all six status and dates sets pooled"
$DL eval status --gold $E/t17_status_1.jsonl $E/t17_status_2.jsonl $E/t17_dates_1.jsonl \
    $E/t17_dates_2.jsonl $E/t17_status_3.jsonl $E/t17_negation_1.jsonl
echo "== status set 4 (147 random acts read blind at the sixteenth session's start, with whether the sentence reports each; held out for one run with the start and the final code)"
$DL eval status --gold $E/t17_status_4.jsonl
echo "== whom a pronoun source stands for (speaker sets 1-2, referents named blind; set 2 held out for one run)"
$DL eval status --gold $E/t17_speakers_1.jsonl
$DL eval status --gold $E/t17_speakers_2.jsonl
echo "== one event per happening (merge sets: set 1 opened, set 2 held out from error reading; 60 pairs of set 1 as read by a second reader)"
$DL eval merge --gold $E/t17_merge_1.jsonl
$DL eval merge --gold $E/t17_merge_2.jsonl
$DL eval merge --gold $E/t17_merge_1_coder2.jsonl
echo "== one happening told by many articles (across sets: set 1 opened, set 2 held out for one run; 40 pairs of set 1 as read by a second reader)"
$DL eval merge --gold $E/t17_across_1.jsonl
$DL eval merge --gold $E/t17_across_2.jsonl
$DL eval merge --gold $E/t17_across_1_coder2.jsonl
echo "== inter-coder agreement on GSR-style sets x-y (coder 2 against coder 1)"
.venv/bin/python $E/agreement.py --reference $E/t17_gsr_x.jsonl $E/t17_gsr_y.jsonl \
    --coded $E/t17_gsr_x_coder2.jsonl $E/t17_gsr_y_coder2.jsonl
echo "== inter-coder agreement on fresh lead set 13 (coder 2 against coder 1)"
.venv/bin/python $E/agreement.py --reference $E/t17_lead13.jsonl --coded $E/t17_lead13_coder2.jsonl
echo "== inter-coder agreement on lead set 7 (coder 2 against coder 1)"
.venv/bin/python $E/agreement.py --reference $E/t17_lead7.jsonl --coded $E/t17_lead7_coder2.jsonl
echo "== inter-coder agreement on sets 4-5 (coder 2 against coder 1)"
.venv/bin/python $E/agreement.py --reference $E/t17_holdout4.jsonl $E/t17_holdout5.jsonl \
    --coded $E/t17_holdout4_coder2.jsonl $E/t17_holdout5_coder2.jsonl
echo "== actors (hand-checked Timeline17 mentions)"
for s in t17_sample t17_heldout t17_fresh; do $DL eval actors --sample "tests/actors/data/$s.tsv"; done
echo "== places (hand-checked Timeline17 samples)"
for s in t17_sample t17_heldout; do $DL eval places --gold "tests/places/data/$s.jsonl"; done
