package com.example;

public record Person(String gedi, String legalId, String fullName, String dateOfBirth) {}
