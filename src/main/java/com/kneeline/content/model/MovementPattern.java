package com.kneeline.content.model;

/** Movement pattern of an exercise; form-gated ladders are the knee-dominant loaded ones. */
public enum MovementPattern {
    SQUAT,
    LUNGE,
    STEP,
    HINGE,
    BRIDGE,
    HIP_ABDUCTION,
    HIP_ROTATION,
    LANDING,
    HOP,
    CHANGE_OF_DIRECTION,
    BALANCE,
    FOOT_ANKLE,
    TRUNK,
    STRETCH,
    MOBILISATION;
}
