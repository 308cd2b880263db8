package com.kneeline.content.model;

/**
 * What an input can be measured with in the video tool ({@code measured-from-video} in tests.yaml): the knee angle
 * (FPPA, signed, inward positive) or the pelvic drop (positive when the lifted-leg side is lower), both in degrees.
 */
public enum VideoMeasure {
    FPPA,
    PELVIC_DROP;
}
