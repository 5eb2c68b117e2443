-- GET /signals/statistics: the last twelve months (whole months, then the days of the current one)
SELECT date_trunc('month', period)::date, province_code, theme, sum(n) FROM signal_theme_tally
WHERE ((grain = 'month' AND period >= date_trunc('month', current_date - interval '11 months')::date
        AND period < date_trunc('month', current_date + 1)::date)
    OR (grain = 'day' AND (period >= date_trunc('month', current_date - interval '11 months')::date
        AND period < date_trunc('month', current_date - interval '11 months')::date
        OR period >= date_trunc('month', current_date + 1)::date AND period < current_date + 1)))
GROUP BY 1, 2, 3;
SELECT status, sum(n) FROM signal_status_tally
WHERE ((grain = 'month' AND period >= date_trunc('month', current_date - interval '11 months')::date
        AND period < date_trunc('month', current_date + 1)::date)
    OR (grain = 'day' AND (period >= date_trunc('month', current_date - interval '11 months')::date
        AND period < date_trunc('month', current_date - interval '11 months')::date
        OR period >= date_trunc('month', current_date + 1)::date AND period < current_date + 1)))
GROUP BY 1;
SELECT working_days, on_time, sum(n) FROM signal_answer_tally
WHERE ((grain = 'month' AND period >= date_trunc('month', current_date - interval '11 months')::date
        AND period < date_trunc('month', current_date + 1)::date)
    OR (grain = 'day' AND (period >= date_trunc('month', current_date - interval '11 months')::date
        AND period < date_trunc('month', current_date - interval '11 months')::date
        OR period >= date_trunc('month', current_date + 1)::date AND period < current_date + 1)))
GROUP BY 1, 2 ORDER BY 1;
